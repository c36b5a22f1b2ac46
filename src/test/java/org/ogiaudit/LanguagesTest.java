package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese by default, English on request, and the two say the same thing: over every real report of the repository, a
 * Chinese and an English run agree finding for finding (rule, status, points, basis kind, evidence), and each says it
 * in its own language.
 */
class LanguagesTest {
    /** English words that must not stand in a Chinese text a rule wrote (quotes of reports may hold anything). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|not|was|and|report|found|section|period|published|deadline)\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path tmp;
    static JsonNode zh;
    static JsonNode en;

    @BeforeAll
    static void checkTheCorpusInBothLanguages() throws IOException {
        String[] inputs = {"reports-in", Pipeline.CORPUS.toString()};
        Cli a = Cli.run("check", "--format", "json", "--out", tmp.resolve("zh.json").toString(), inputs[0], inputs[1]);
        assertTrue(a.exit() <= 1, a.err());
        Cli b = Cli.run("check", "--lang", "en", "--format", "json", "--out", tmp.resolve("en.json").toString(), inputs[0], inputs[1]);
        assertTrue(b.exit() <= 1, b.err());
        zh = new ObjectMapper().readTree(tmp.resolve("zh.json").toFile());
        en = new ObjectMapper().readTree(tmp.resolve("en.json").toFile());
    }

    @Test
    void bothLanguagesAgreeFindingForFinding() {
        assertEquals("zh", zh.get("lang").asText());
        assertEquals("en", en.get("lang").asText());
        assertEquals(zh.get("reports").size(), en.get("reports").size());
        assertTrue(zh.get("reports").size() >= 25, "the whole corpus: " + zh.get("reports").size());
        int findings = 0;
        for (int i = 0; i < zh.get("reports").size(); i++) {
            JsonNode a = zh.get("reports").get(i);
            JsonNode b = en.get("reports").get(i);
            String where = a.get("file").asText() + "#" + a.get("part").asInt();
            assertEquals(a.get("file"), b.get("file"));
            assertEquals(a.get("score"), b.get("score"), where);
            // the notes are said to a person, in the run's language; the facts themselves do not depend on it
            JsonNode factsZh = a.get("facts").deepCopy();
            JsonNode factsEn = b.get("facts").deepCopy();
            assertEquals(factsZh.get("notes").size(), factsEn.get("notes").size(), where + ": the same notes");
            ((com.fasterxml.jackson.databind.node.ObjectNode) factsZh).remove("notes");
            ((com.fasterxml.jackson.databind.node.ObjectNode) factsEn).remove("notes");
            assertEquals(factsZh, factsEn, where + ": facts do not depend on the language");
            assertEquals(a.get("findings").size(), b.get("findings").size(), where);
            for (int j = 0; j < a.get("findings").size(); j++) {
                JsonNode f = a.get("findings").get(j);
                JsonNode g = b.get("findings").get(j);
                for (String key : List.of("rule", "ruleName", "status", "severity", "points", "deducted", "advisory", "category",
                        "basisKind", "evidence", "fingerprint")) {
                    assertEquals(f.get(key), g.get(key), where + " " + f.get("rule") + " " + key);
                }
                for (String key : List.of("title", "message", "basis", "advice")) {
                    String c = f.get(key).asText();
                    String e = g.get(key).asText();
                    assertFalse(c.isBlank() || e.isBlank(), where + " " + f.get("rule") + " " + key + " is said in both languages");
                    assertTrue(HAN.matcher(c).find(), where + " Chinese " + key + ": " + c);
                    assertFalse(ENGLISH.matcher(c.replaceAll("\\(.*?\\)", "")).find(), where + " no English in the Chinese " + key + ": " + c);
                    assertTrue(e.matches("(?s).*[A-Za-z]{3,}.*"), where + " English " + key + ": " + e);
                    assertFalse(c.contains("{") || e.contains("{"), "no value left unfilled: " + c + " / " + e);
                }
                findings++;
            }
            for (int j = 0; j < a.get("checks").size(); j++) {
                assertEquals(a.get("checks").get(j).get("rule"), b.get("checks").get(j).get("rule"));
                assertEquals(a.get("checks").get(j).get("outcome"), b.get("checks").get(j).get("outcome"), where);
            }
        }
        assertTrue(findings > 40, "the corpus has findings to compare: " + findings);
    }

    @Test
    void theTerminalReadsAsChineseThroughoutAndAsEnglishOnRequest() {
        Cli chinese = Cli.run("check", "reports-in");
        assertEquals(0, chinese.exit(), chinese.err());
        // every word the tool writes is Chinese: statuses, severities, organ kinds, regimes, basis kinds, dates
        for (String word : List.of("FAIL", "UNCERTAIN", "basis", "line ", "warning", "error", "GOVERNMENT", "REGS_2007", "published",
                "score", "advice", "statute", "practice")) {
            assertFalse(Pattern.compile("(?<![A-Za-z])" + word + "(?![A-Za-z])").matcher(chinese.out()
                    .replaceAll("reports-in/\\S+", "").replaceAll("OGI-[A-Z0-9-]+", "")).find(), word + " in the Chinese output");
        }
        assertTrue(chinese.out().contains("不合格") && chinese.out().contains("存疑") && chinese.out().contains("依据（法定）")
                && chinese.out().contains("依据（通行做法）") && chinese.out().contains("整改建议：") && chinese.out().contains("2014年1月22日公布"),
                chinese.out());
        Cli english = Cli.run("check", "--lang", "en", "reports-in");
        for (String word : List.of("不合格", "存疑", "依据", "整改建议", "第7行", "年度 ·", "政府）")) {
            assertFalse(english.out().contains(word), word + " in the English output");
        }
        assertTrue(english.out().contains("basis (statute)") && english.out().contains("published 2014-01-22"), english.out());
        // the environment chooses too, and --lang wins over it
        assertTrue(org.ogiaudit.model.Lang.fromEnvironment("en_US.UTF-8") == org.ogiaudit.model.Lang.EN);
        assertTrue(org.ogiaudit.model.Lang.fromEnvironment(null) == org.ogiaudit.model.Lang.ZH);
        assertEquals(2, Cli.run("check", "--lang", "fr", "reports-in").exit(), "a language the tool does not speak is a usage error");
    }
}
