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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule author edits DRL in a copy of rules/ and sees the effect on the next run, with no Java build. */
class RuleEditingTest {
    @TempDir
    Path tmp;

    private Path copyRules() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl")).toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        return rules;
    }

    private JsonNode check(Path rules, String out, String... files) throws IOException {
        String[] args = new String[files.length + 7];
        args[0] = "check";
        args[1] = "--rules";
        args[2] = rules.toString();
        args[3] = "--format";
        args[4] = "json";
        args[5] = "--out";
        args[6] = tmp.resolve(out).toString();
        System.arraycopy(files, 0, args, 7, files.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exit(), cli.err());
        return new ObjectMapper().readTree(tmp.resolve(out).toFile());
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        return null;
    }

    @Test
    void changedPointsAndANewRuleTakeEffectWithoutRebuilding() throws IOException {
        Path rules = copyRules();
        String arala = Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString();     // published 2014-01-10
        String pingtan = Pipeline.corpus("dev/2012_平潭综合实验区管委会_pingtan.txt").toString(); // published 2013-02-25

        JsonNode before = check(rules, "before.json", arala, pingtan);
        // a 2007 Regulations report without 其他需要报告的事项: advisory, worth no points in the shipped rulebook
        assertEquals(0, finding(before.get("reports").get(0), "OGI-SEC-OTHER").get("points").asInt());
        assertEquals(100, before.get("reports").get(0).get("score").asInt());

        // 1. a supervising office weighs the missing "other matters" section more heavily
        Path sections = rules.resolve("sections.drl");
        String drl = Files.readString(sections, StandardCharsets.UTF_8);
        String edited = drl.replace("@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(0) @category(\"completeness\") @regime(\"REGS_2007\")",
                "@id(\"OGI-SEC-OTHER\") @severity(\"warning\") @points(7) @category(\"completeness\") @regime(\"REGS_2007\")");
        assertNotEquals(drl, edited, "the shipped rule's metadata line has moved; update this test");
        Files.writeString(sections, edited, StandardCharsets.UTF_8);
        // 2. and adds a local deadline of 15 January
        Files.writeString(rules.resolve("local.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;
                global org.ogiaudit.rules.api.Findings findings;

                rule "LOCAL-DEADLINE 15 January"
                    @id("LOCAL-DEADLINE") @severity("warning") @points(4) @category("timeliness")
                    @basisKind("local") @region("平潭")
                    @title("晚于本地时限公布") @titleEn("Published after the local deadline")
                    @basis("本地通知：1月15日前公布") @basisEn("local notice: publish by 15 January")
                    @message("于{publishedOn}公布，晚于1月15日") @messageEn("published on {publishedOn}, after 15 January")
                    @advice("1月15日前公布。") @adviceEn("Publish by 15 January.")
                when
                    $r : Report(isPublishedAfter(1, 15))
                then
                    findings.fail(kcontext, $r.getPublishedOnEvidence()).with("publishedOn", $r.getPublishedOn());
                end
                """, StandardCharsets.UTF_8);

        JsonNode after = check(rules, "after.json", arala, pingtan);
        assertNotEquals(before.get("rulebook").get("sha256").asText(), after.get("rulebook").get("sha256").asText());
        assertEquals(before.get("rulebook").get("rules").asInt() + 1, after.get("rulebook").get("rules").asInt());
        JsonNode other = finding(after.get("reports").get(0), "OGI-SEC-OTHER");
        assertEquals(7, other.get("points").asInt());
        assertEquals("warning", other.get("severity").asText());
        assertEquals(93, after.get("reports").get(0).get("score").asInt(), "100 − 7");
        assertEquals(null, finding(after.get("reports").get(0), "LOCAL-DEADLINE"), "阿拉山口 is not in 平潭: the local rule does not apply");
        JsonNode local = finding(after.get("reports").get(1), "LOCAL-DEADLINE");
        assertEquals("FAIL", local.get("status").asText());
        assertEquals("本地通知：1月15日前公布", local.get("basis").asText());
        assertEquals("local", local.get("basisKind").asText());
        assertEquals("于2013年2月25日公布，晚于1月15日", local.get("message").asText());
        assertEquals(before.get("reports").get(1).get("score").asInt() - 4 - 7, after.get("reports").get(1).get("score").asInt(),
                "−4 for the new rule and 7 more for OGI-SEC-OTHER");
    }

    @Test
    void aSyntaxErrorStopsTheRunWithFileAndLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("broken.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;

                rule "broken"
                    @id("X") @severity("info") @points(1) @category("format")
                when
                    $r : Report(reportYear == )
                then
                end
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("never.json");
        Cli cli = Cli.run("check", "--rules", rules.toString(), "--format", "json", "--out", out.toString(),
                Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertEquals(3, cli.exit());
        assertTrue(cli.err().contains("broken.drl:7"), cli.err());
        assertTrue(!cli.err().contains("sections.drl"), "follow-on errors in other files are not shown: " + cli.err());
        assertTrue(!Files.exists(out), "no report was read");
    }

    @Test
    void aRuleWithoutMetadataIsAnError() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("bare.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;
                rule "no metadata"
                when
                    Report()
                then
                end
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", "--rules", rules.toString(), Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertEquals(3, cli.exit());
        assertTrue(cli.err().contains("规则“no metadata”缺少或写错了") && cli.err().contains("@id") && cli.err().contains("@points")
                && cli.err().contains("@basisKind"), cli.err());
        Cli en = Cli.run("check", "--lang", "en", "--rules", rules.toString(), Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString());
        assertTrue(en.err().contains("rule \"no metadata\" lacks or misspells"), en.err());
    }
}
