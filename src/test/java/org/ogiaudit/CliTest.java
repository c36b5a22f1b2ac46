package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookLoader;

/** The command line as a user meets it, on reports-in/. */
class CliTest {
    @TempDir
    static Path tmp;
    static JsonNode json;

    @BeforeAll
    static void checkReportsIn() throws IOException {
        Cli cli = Cli.run("check", "--format", "json", "--out", tmp.resolve("r.json").toString(), "reports-in");
        assertEquals(0, cli.exit(), cli.err());
        json = new ObjectMapper().readTree(tmp.resolve("r.json").toFile());
    }

    @Test
    void jsonKeepsTheContract() {
        assertEquals("ogi-audit", json.at("/tool/name").asText());
        assertTrue(json.at("/tool/version").isTextual());
        assertEquals(64, json.at("/rulebook/sha256").asText().length());
        assertTrue(json.at("/rulebook/rules").asInt() > 15);
        assertTrue(json.at("/rulebook/source").isTextual());
        JsonNode reports = json.get("reports");
        assertEquals(13, reports.size(), "10 files, one of them holding four reports");
        for (JsonNode r : reports) {
            for (String key : List.of("file", "part", "status", "error", "facts", "findings", "score")) assertTrue(r.has(key), key);
            assertEquals("ok", r.get("status").asText(), r.get("file").asText());
            JsonNode f = r.get("facts");
            for (String key : List.of("title", "agency", "organKind", "reportYear", "regime", "publishedOn",
                    "publishedOnSource", "statisticsPeriod", "sections")) assertTrue(f.has(key), key);
            assertTrue(List.of("GOVERNMENT", "TOWNSHIP", "DEPARTMENT", "UNKNOWN").contains(f.get("organKind").asText()));
            assertTrue(List.of("REGS_2007", "FORMAT_2019", "FORMAT_2021").contains(f.get("regime").asText()));
            for (JsonNode s : f.get("sections")) assertTrue(s.has("kinds") && s.has("heading") && s.has("line"));
            JsonNode p = f.get("statisticsPeriod");
            if (!p.isNull()) assertTrue(p.has("from") && p.has("to") && p.has("quote") && p.has("line"));
            int deducted = 0;
            for (JsonNode finding : r.get("findings")) {
                for (String key : List.of("rule", "status", "severity", "points", "deducted", "advisory", "category", "basisKind",
                        "basis", "message", "advice", "evidence")) {
                    assertTrue(finding.has(key), key);
                }
                assertTrue(List.of("FAIL", "UNCERTAIN").contains(finding.get("status").asText()));
                assertTrue(List.of("statute", "local", "practice").contains(finding.get("basisKind").asText()));
                if (finding.get("deducted").asBoolean()) deducted += finding.get("points").asInt();
                assertEquals(finding.get("status").asText().equals("FAIL") && finding.get("points").asInt() > 0,
                        finding.get("deducted").asBoolean(), "the recommended profile deducts every FAIL's points: " + finding);
            }
            assertEquals(Math.max(0, 100 - deducted), r.get("score").asInt(), "anyone can recompute the score");
            assertEquals(25, r.get("checks").size(), "every check of the rulebook is listed: " + r.get("file"));
        }
        assertEquals(4, json.get("reports").findValuesAsText("file").stream().filter(s -> s.contains("003_")).count());
    }

    @Test
    void textOutputEndsWithTheBatchSummary() {
        Cli cli = Cli.run("check", Pipeline.corpus("seeds/002_1714cd3d079ec93f.txt").toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("绵阳市安州区人民政府（政府） · 2018年度 · 2007年《条例》 · 2019年3月25日公布 · 得分 95/100"), cli.out());
        assertTrue(cli.out().contains("OGI-PERIOD-MISSING  未说明统计期限"), cli.out());
        assertTrue(cli.out().contains("第7行：根据《中华人民共和国政府信息公开条例》"), cli.out());
        assertTrue(cli.out().contains("依据（通行做法）："), cli.out());
        String last = cli.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("1个文件，1份报告：已审查1份，无法审查0份；不合格1项，存疑0项；不扣分的建议项1项"), last);
        Cli en = Cli.run("check", "--lang", "en", Pipeline.corpus("seeds/002_1714cd3d079ec93f.txt").toString());
        assertTrue(en.out().contains("绵阳市安州区人民政府 (government) · 2018 · 2007 Regulations · published 2019-03-25 · score 95/100"), en.out());
        assertTrue(en.out().contains("line 7: 根据《中华人民共和国政府信息公开条例》"), en.out());
        String lastEn = en.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(lastEn.startsWith("1 file(s), 1 report(s): 1 checked, 0 error(s); 1 FAIL and 0 UNCERTAIN finding(s); 1 advisory"), lastEn);
    }

    @Test
    void csvIsOneRowPerReportWithAByteOrderMark() throws IOException {
        Path out = tmp.resolve("r.csv");
        Cli cli = Cli.run("check", "--format", "csv", "--out", out.toString(), "reports-in");
        assertEquals(0, cli.exit(), cli.err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(0xEF, bytes[0] & 0xFF);
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("\uFEFF排名,地区内排名,文件,部分,状态,错误,机关,机关类型,地区,地区代码,报告年度,适用规定"), rows.get(0));
        assertTrue(rows.get(0).endsWith(",评分口径"), rows.get(0));
        assertEquals(14, rows.size(), "header + 13 reports");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.endsWith(",推荐口径")), "every row names the profile its score is under");
        // 淮安市人民政府 2024 (reports-in): a city government belongs to its province, 江苏省 (division code 320000)
        assertTrue(rows.stream().anyMatch(r -> r.contains("淮安市人民政府") && r.contains(",江苏省,320000,")),
                String.join("\n", rows));
        Path en = tmp.resolve("r-en.csv");
        assertEquals(0, Cli.run("check", "--lang", "en", "--format", "csv", "--out", en.toString(), "reports-in").exit());
        assertTrue(Files.readAllLines(en, StandardCharsets.UTF_8).get(0)
                .startsWith("\uFEFFrank,region_rank,file,part,status,error,agency,organ_kind,region,region_code,report_year"));
    }

    @Test
    void anExistingOutputIsNotOverwrittenWithoutForce() throws IOException {
        Path out = tmp.resolve("keep.json");
        Files.writeString(out, "mine");
        Cli cli = Cli.run("check", "--format", "json", "--out", out.toString(), Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertEquals(4, cli.exit());
        assertEquals("mine", Files.readString(out));
        assertEquals(0, Cli.run("check", "--force", "--format", "json", "--out", out.toString(),
                Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString()).exit());
        assertTrue(Files.readString(out).contains("阿拉山口市人民政府"));
    }

    @Test
    void fileErrorsGiveExitCodeOneAndTheBatchGoesOn() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Cli cli = Cli.run("check", empty.toString(), Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("错误：文件是空的（0字节）"), cli.out());
        assertTrue(cli.out().contains("阿拉山口市人民政府"), cli.out());
    }

    @Test
    void usageErrorsAndHelp() {
        assertEquals(2, Cli.run("check").exit(), "a path is required");
        assertEquals(2, Cli.run("check", "--format", "xml", "reports-in").exit());
        Cli help = Cli.run("check", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--rules") && help.out().contains("退出码：") && help.out().contains("存疑"), help.out());
        assertTrue(Cli.run("--help").out().contains("facts"));
        Cli en = Cli.run("check", "--help", "--lang", "en");
        assertTrue(en.out().contains("--rules") && en.out().contains("Exit codes:") && en.out().contains("UNCERTAIN"), en.out());
    }

    @Test
    void factsShowTheTextTheLineNumbersReferTo() throws IOException {
        Cli cli = Cli.run("facts", Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertEquals(0, cli.exit(), cli.err());
        JsonNode facts = new ObjectMapper().readTree(cli.out());
        JsonNode text = facts.get("text");
        JsonNode report = facts.at("/reports/0/facts");
        assertEquals("阿拉山口市人民政府", report.get("agency").asText());
        for (JsonNode s : report.get("sections")) {
            assertTrue(text.get(s.get("line").asInt() - 1).asText().contains(s.get("heading").asText()), s.toString());
        }
        JsonNode period = report.get("statisticsPeriod");
        assertTrue(text.get(period.get("line").asInt() - 1).asText().contains(period.get("quote").asText()));
        Cli plain = Cli.run("facts", "--text", Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertTrue(plain.out().contains("   12  一、概述"), plain.out());
    }

    @Test
    void thePackagedRulebookIsTheShippedOne() throws Exception {
        Rulebook packaged = new RulebookLoader().loadPackaged();
        Rulebook onDisk = new RulebookLoader().load(List.of(Path.of("rules")));
        assertEquals(onDisk.sha256(), packaged.sha256());
        assertNotNull(packaged.rules().stream().filter(r -> r.id().equals("OGI-DEADLINE")).findFirst().orElse(null));
        assertFalse(packaged.rules().isEmpty());
    }
}
