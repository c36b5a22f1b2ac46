package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every finding names the kind of its basis, and {@code --profile statutory} deducts only for those resting on a
 * Regulation or a format notice; every output says which profile its scores are under, and a resumed run never mixes
 * two.
 */
class ProfileTest {
    @TempDir
    Path tmp;

    private JsonNode check(String... args) throws IOException {
        Path out = tmp.resolve("r" + System.nanoTime() + ".json");
        String[] all = new String[args.length + 5];
        all[0] = "check";
        all[1] = "--format";
        all[2] = "json";
        all[3] = "--out";
        all[4] = out.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        Cli cli = Cli.run(all);
        assertTrue(cli.exit() <= 1, cli.err());
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void theStatutoryProfileDeductsOnlyForStatuteFindings() throws IOException {
        JsonNode recommended = check("reports-in", Pipeline.CORPUS.toString());
        JsonNode statutory = check("--profile", "statutory", "reports-in", Pipeline.CORPUS.toString());
        assertEquals("recommended", recommended.get("profile").asText());
        assertEquals("statutory", statutory.get("profile").asText());
        assertTrue(statutory.get("scoring").asText().contains("profile statutory"), statutory.get("scoring").asText());
        int practiceFails = 0;
        for (int i = 0; i < statutory.get("reports").size(); i++) {
            JsonNode s = statutory.get("reports").get(i);
            JsonNode r = recommended.get("reports").get(i);
            int deducted = 0;
            for (JsonNode f : s.get("findings")) {
                boolean fail = f.get("status").asText().equals("FAIL");
                boolean statute = f.get("basisKind").asText().equals("statute");
                if (!statute) {
                    assertFalse(f.get("deducted").asBoolean(), "practice and local findings deduct nothing: " + f);
                    if (fail) {
                        assertTrue(f.get("advisory").asBoolean(), "shown as advisory: " + f);
                        practiceFails++;
                    }
                } else {
                    assertEquals(fail && f.get("points").asInt() > 0, f.get("deducted").asBoolean(), f.toString());
                }
                if (f.get("deducted").asBoolean()) deducted += f.get("points").asInt();
            }
            assertEquals(Math.max(0, 100 - deducted), s.get("score").asInt(), s.get("file").asText());
            assertTrue(s.get("score").asInt() >= r.get("score").asInt(), "no report loses points under the statutory profile");
            assertEquals(r.get("findings").size(), s.get("findings").size(), "the same findings, only what they cost differs");
        }
        assertTrue(practiceFails >= 5, "the corpus has practice-based FAILs to compare: " + practiceFails);
        // 绵阳市安州区 2018 fails only the practice of stating its period: 95 recommended, 100 statutory
        JsonNode anzhou = report(recommended, "002_");
        assertEquals(95, anzhou.get("score").asInt());
        assertEquals(100, report(statutory, "002_").get("score").asInt());
        JsonNode period = anzhou.get("findings").findParents("rule").stream()
                .filter(f -> f.get("rule").asText().equals("OGI-PERIOD-MISSING")).findFirst().orElseThrow();
        assertEquals("practice", period.get("basisKind").asText());
        assertFalse(period.get("basis").asText().contains("DB51"), "四川's standard is not cited for practice: " + period.get("basis"));
    }

    private static JsonNode report(JsonNode run, String file) {
        for (JsonNode r : run.get("reports")) if (r.get("file").asText().contains(file)) return r;
        throw new AssertionError(file);
    }

    @Test
    void everyOutputNamesItsProfile() throws IOException {
        Cli text = Cli.run("check", "--profile", "statutory", "reports-in/002_1714cd3d079ec93f.txt");
        assertTrue(text.out().lines().findFirst().orElse("").contains("评分口径：法定口径"), text.out());
        assertTrue(text.out().contains("不合格（不扣分）") && text.out().contains("得分 100/100"), text.out());
        Path csv = tmp.resolve("r.csv");
        assertEquals(0, Cli.run("check", "--profile", "statutory", "--format", "csv", "--out", csv.toString(),
                "reports-in/002_1714cd3d079ec93f.txt").exit());
        assertTrue(Files.readAllLines(csv, StandardCharsets.UTF_8).get(1).endsWith(",法定口径"));
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("check", "--profile", "statutory", "--format", "html", "--out", site.toString(),
                "reports-in/002_1714cd3d079ec93f.txt").exit());
        assertTrue(Files.readString(site.resolve("index.html")).contains("评分口径：法定口径"));
        assertEquals(2, Cli.run("check", "--profile", "lenient", "reports-in/002_1714cd3d079ec93f.txt").exit());
    }

    @Test
    void aResumedRunKeepsItsProfile() throws IOException {
        Path log = tmp.resolve("run.jsonl");
        assertEquals(0, Cli.run("check", "--format", "jsonl", "--out", log.toString(), "reports-in/001_a2083c6fc5a72fbe.txt",
                "reports-in/002_1714cd3d079ec93f.txt").exit());
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("\"profile\":\"recommended\""), lines.get(0));
        Files.write(log, lines.subList(0, 2), StandardCharsets.UTF_8); // interrupted after the first report
        Cli other = Cli.run("check", "--profile", "statutory", "--format", "jsonl", "--resume", "--out", log.toString(),
                "reports-in/001_a2083c6fc5a72fbe.txt", "reports-in/002_1714cd3d079ec93f.txt");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("不同口径的得分不能相互比较"), other.err());
        assertEquals(0, Cli.run("check", "--format", "jsonl", "--resume", "--out", log.toString(),
                "reports-in/001_a2083c6fc5a72fbe.txt", "reports-in/002_1714cd3d079ec93f.txt").exit(), "the same profile resumes");
    }
}
