package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author teaches the tool a wording by one line in a vocabulary file of a copy of rules/, and sees it read on
 * the next run, with no Java build; a broken line is reported with its file and line, and nothing is checked.
 */
class VocabularyEditingTest {
    @TempDir
    Path tmp;

    /** 辽源市民政局 2012 (seed 004), line 7: "此报告统计数据时限为2012年1月1日至2012年12月31日". */
    private static final String LIAOYUAN = "reports-in/004_5dabd5b5935736db.txt";

    private Path copyRules() throws IOException {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        return rules;
    }

    private JsonNode check(Path rules, String out) throws IOException {
        Cli cli = Cli.run("check", "--rules", rules.toString(), "--format", "json", "--out", tmp.resolve(out).toString(), LIAOYUAN);
        assertEquals(0, cli.exit(), cli.err());
        return new ObjectMapper().readTree(tmp.resolve(out).toFile());
    }

    private static boolean fires(JsonNode json, String rule) {
        for (JsonNode f : json.at("/reports/0/findings")) if (f.get("rule").asText().equals(rule)) return true;
        return false;
    }

    @Test
    void oneLineInAVocabularyFileChangesWhatIsRead() throws IOException {
        Path rules = copyRules();
        Path cues = rules.resolve("vocabulary/period-cue.txt");
        List<String> shipped = Files.readAllLines(cues, StandardCharsets.UTF_8);
        assertTrue(shipped.contains("统计数据时限"), "the shipped vocabulary reads seed 004's wording");

        // without the line, "统计数据时限" is not a period statement: the period is missing
        Files.write(cues, shipped.stream().filter(l -> !l.equals("统计数据时限")).toList(), StandardCharsets.UTF_8);
        JsonNode without = check(rules, "without.json");
        assertTrue(without.at("/reports/0/facts/statisticsPeriod").isNull());
        assertTrue(fires(without, "OGI-PERIOD-MISSING"));

        // the author adds it back: the next run reads the period, with no build
        Files.writeString(cues, String.join("\n", shipped) + "\n", StandardCharsets.UTF_8);
        JsonNode with = check(rules, "with.json");
        assertEquals("2012-01-01", with.at("/reports/0/facts/statisticsPeriod/from").asText());
        assertEquals("2012-12-31", with.at("/reports/0/facts/statisticsPeriod/to").asText());
        assertEquals(7, with.at("/reports/0/facts/statisticsPeriod/line").asInt());
        assertTrue(!fires(with, "OGI-PERIOD-MISSING"));
        assertNotEquals(without.at("/rulebook/sha256").asText(), with.at("/rulebook/sha256").asText(),
                "the vocabulary is part of the rulebook's hash");
    }

    @Test
    void aBrokenPatternIsReportedWithFileAndLineAndNothingIsChecked() throws IOException {
        Path rules = copyRules();
        Path cues = rules.resolve("vocabulary/period-cue.txt");
        List<String> lines = Files.readAllLines(cues, StandardCharsets.UTF_8);
        Files.writeString(cues, String.join("\n", lines) + "\n统计(期限\n", StandardCharsets.UTF_8);
        int badLine = lines.size() + 1;

        Cli check = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(3, check.exit(), check.out());
        assertTrue(check.out().contains("vocabulary/period-cue.txt:" + badLine + ": 不是有效的正则表达式"), check.out());
        Cli en = Cli.run("rules", "check", "--lang", "en", "--rules", rules.toString());
        assertTrue(en.out().contains("vocabulary/period-cue.txt:" + badLine + ": not a valid regular expression"), en.out());

        Cli run = Cli.run("check", "--rules", rules.toString(), LIAOYUAN);
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("period-cue.txt:" + badLine), run.err());
        assertEquals("", run.out(), "nothing was checked");
    }

    @Test
    void aMissingVocabularyFileIsAnErrorAndAnUnknownOneAWarning() throws IOException {
        Path rules = copyRules();
        Files.delete(rules.resolve("vocabulary/heading-active.txt"));
        Files.writeString(rules.resolve("vocabulary/heading-activ.txt"), "主动公开\n", StandardCharsets.UTF_8);
        Cli check = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(3, check.exit(), check.out());
        assertTrue(check.out().contains("vocabulary/heading-active.txt: 缺少此文件：读取报告需要它"), check.out());
        Files.move(rules.resolve("vocabulary/heading-activ.txt"), rules.resolve("vocabulary/heading-active.txt"));
        Files.writeString(rules.resolve("vocabulary/heading-activ.txt"), "主动公开\n", StandardCharsets.UTF_8);
        Cli again = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().contains("警告：" + rules.resolve("vocabulary/heading-activ.txt")
                + ": 没有哪个概念使用这个文件名"), again.out());
        Cli en = Cli.run("rules", "check", "--lang", "en", "--rules", rules.toString());
        assertTrue(en.out().contains("warning: " + rules.resolve("vocabulary/heading-activ.txt")
                + ": the extractor reads no concept from a file of this name"), en.out());
    }

    @Test
    void aLocalFolderReplacesAVocabularyFileOfTheSameName() throws IOException {
        Path local = Files.createDirectories(tmp.resolve("local/vocabulary"));
        List<String> shipped = Files.readAllLines(Path.of("rules/vocabulary/period-cue.txt"), StandardCharsets.UTF_8);
        Files.write(local.resolve("period-cue.txt"), shipped.stream().filter(l -> !l.equals("统计数据时限")).toList(), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("local/empty.drl"), "package ogi.local;\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", "--rules", "rules", "--rules", tmp.resolve("local").toString(), "--format", "json",
                "--out", tmp.resolve("r.json").toString(), LIAOYUAN);
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(new ObjectMapper().readTree(tmp.resolve("r.json").toFile()).at("/reports/0/facts/statisticsPeriod").isNull(),
                "the local period-cue.txt, without the line, replaced the shipped one");
        Cli list = Cli.run("rules", "check", "--rules", "rules", "--rules", tmp.resolve("local").toString());
        assertTrue(list.out().contains("period-cue.txt 替换了 rules/vocabulary/period-cue.txt"), list.out());
    }
}
