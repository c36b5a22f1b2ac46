package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands: list, check, test. */
class RulesCommandTest {
    @TempDir
    Path tmp;

    private Path copyRules(boolean withTests) throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl")).toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        if (withTests) {
            try (Stream<Path> walk = Files.walk(Path.of("rules", "tests"))) {
                for (Path p : walk.toList()) {
                    Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                    // the scanned cases take seconds each to read by OCR and tell nothing here
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else if (!p.getFileName().toString().contains("-scan.")) Files.copy(p, target);
                }
            }
        }
        return rules;
    }

    @Test
    void theShippedRulesPassTheirOwnTests() {
        Cli cli = Cli.run("rules", "test");
        assertEquals(0, cli.exit(), cli.out());
        String last = cli.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("通过\\d+项，失败0项(，跳过\\d+项)?"), last);
        assertTrue(cli.out().contains("ok    rule OGI-DEADLINE: 已覆盖"), cli.out());
        Cli en = Cli.run("rules", "test", "--lang", "en");
        assertTrue(en.out().strip().lines().reduce((a, b) -> b).orElse("").matches("\\d+ passed, 0 failed(, \\d+ skipped)?"), en.out());
        assertTrue(en.out().contains("ok    rule OGI-DEADLINE: covered"), en.out());
        // the scanned cases show the rules holding back on what OCR read; where tesseract is missing they are skipped
        String noOcr = new org.ogiaudit.ingest.DocumentReader().ocrUnavailable();
        for (String scan : java.util.List.of("OGI-PERIOD-MISMATCH/ends-november-2013-scan.pdf", "OGI-DEADLINE/late-2013-scan.pdf",
                "OGI-TOTAL-T3-BALANCE/carried-forward-wrong-2021-scan.pdf", "OGI-YEAR-MISMATCH/period-of-2012-2013-scan.pdf")) {
            assertTrue(cli.out().contains((noOcr == null ? "ok    " : "skip  ") + "rules/tests/" + scan + ": "), scan + " in\n" + cli.out());
        }
    }

    @Test
    void aRuleMissingAText() throws IOException {
        Path rules = copyRules(false);
        Files.writeString(rules.resolve("local.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;
                global org.ogiaudit.rules.api.Findings findings;

                rule "LOCAL-MONOLINGUAL"
                    @id("LOCAL-MONOLINGUAL") @severity("info") @points(1) @category("format") @basisKind("practice") @regime("all")
                    @title("只有中文") @basis("无") @basisEn("none") @advice("无") @adviceEn("none")
                    @message("于{publishedOn}公布") @messageEn("published on {date}")
                when
                    $r : Report(isPublishedAfter(1, 15))
                then
                    findings.fail(kcontext, $r.getPublishedOnEvidence()).with("publishedOn", $r.getPublishedOn());
                end
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(0, cli.exit(), "a missing text is a warning: the rule still runs\n" + cli.out());
        String at = rules.resolve("local.drl") + ":5: ";
        assertTrue(cli.out().contains("警告：" + at + "规则“LOCAL-MONOLINGUAL”没有英文文本 @titleEn"), cli.out());
        assertTrue(cli.out().contains("警告：" + at + "规则“LOCAL-MONOLINGUAL”的 @message 用到 [publishedOn]，而 @messageEn 用到 [date]"), cli.out());
        assertTrue(cli.out().contains("警告：" + at + "规则“LOCAL-MONOLINGUAL”的消息用到 {date}，但其结论部分没有给出它"), cli.out());
        Cli en = Cli.run("rules", "check", "--lang", "en", "--rules", rules.toString());
        assertTrue(en.out().contains("warning: " + at + "rule \"LOCAL-MONOLINGUAL\" has no @titleEn (English text)"), en.out());
        // the shipped rulebook has every text in both languages
        Cli shipped = Cli.run("rules", "check");
        assertTrue(shipped.out().contains("0个警告"), shipped.out());
    }

    @Test
    void withoutTesseractTheScannedCasesAreSkippedAndSaidSo() throws Exception {
        var reading = org.ogiaudit.ingest.ReadOptions.DEFAULTS.withTesseract(tmp.resolve("no-tesseract-here").toString());
        var summary = new org.ogiaudit.batch.RuleTestRunner(Pipeline.rulebook(), reading).run(java.util.List.of(Path.of("rules")));
        var skipped = summary.outcomes().stream().filter(o -> o.skipped()).toList();
        assertEquals(4, skipped.size(), summary.outcomes().toString());
        assertTrue(skipped.stream().allMatch(o -> o.subject().endsWith("-scan.pdf") && o.detail().en().contains("tesseract is not installed")),
                skipped.toString());
        assertEquals(0, summary.failed(), summary.outcomes().stream().filter(o -> !o.passed() && !o.skipped()).toList().toString());
        assertTrue(summary.closingLine(org.ogiaudit.model.Lang.EN).endsWith(" passed, 0 failed, 4 skipped"),
                summary.closingLine(org.ogiaudit.model.Lang.EN));
        assertTrue(summary.closingLine(org.ogiaudit.model.Lang.ZH).endsWith("失败0项，跳过4项"), summary.closingLine(org.ogiaudit.model.Lang.ZH));
    }

    @Test
    void theRuleReferenceDocIsCurrent() throws IOException {
        Cli cli = Cli.run("rules", "list", "--format", "markdown");
        assertEquals(0, cli.exit());
        assertEquals(Files.readString(Path.of("docs", "rules.md"), StandardCharsets.UTF_8), cli.out(),
                "docs/rules.md is stale: regenerate it with ./ogi-audit rules list --format markdown > docs/rules.md");
    }

    @Test
    void listShowsMetadataFromTheDrl() {
        Cli cli = Cli.run("rules", "list");
        assertTrue(cli.out().contains("OGI-DEADLINE") && cli.out().contains("第四十九条"), cli.out());
        assertTrue(cli.out().contains("依据（通行做法）") && cli.out().contains("依据（法定）") && cli.out().contains("依据（地方规定）"), cli.out());
        Cli json = Cli.run("rules", "list", "--format", "json");
        assertTrue(json.out().contains("\"id\" : \"OGI-SEC-OTHER\"") && json.out().contains("\"points\" : 2"), json.out());
        assertTrue(json.out().contains("\"basisKind\" : \"practice\"") && json.out().contains("\"titleEn\" : \"No statement of the statistics period"),
                json.out());
        Cli en = Cli.run("rules", "list", "--lang", "en");
        assertTrue(en.out().contains("basis (practice)") && en.out().contains("Published after the statutory deadline"), en.out());
    }

    @Test
    void aWrongExpectationAndAnUntestedRuleFail() throws IOException {
        Path rules = copyRules(true);
        Path expect = rules.resolve("tests/OGI-DEADLINE/last-day-2013.expect");
        Files.writeString(expect, "FAIL OGI-DEADLINE\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("local.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;
                global org.ogiaudit.rules.api.Findings findings;
                rule "LOCAL-NEVER"
                    @id("LOCAL-NEVER") @severity("info") @points(1) @category("format") @basisKind("practice")
                    @title("从不") @titleEn("never") @basis("无") @basisEn("none") @message("从不") @messageEn("never")
                    @advice("无") @adviceEn("none")
                when
                    Report(reportYear == 1900)
                then
                    findings.fail(kcontext, (org.ogiaudit.model.Evidence) null);
                end
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, cli.exit(), cli.out());
        assertTrue(cli.out().contains("FAIL  rules/tests/OGI-DEADLINE/last-day-2013.txt: 期望 FAIL OGI-DEADLINE，实际没有触发"), cli.out());
        assertTrue(cli.out().contains("FAIL  rule LOCAL-NEVER: 没有用例使其触发；没有用例期望其通过"), cli.out());
        assertTrue(cli.out().strip().endsWith("失败2项"), cli.out());
        Cli en = Cli.run("rules", "test", "--lang", "en", "--rules", rules.toString());
        assertTrue(en.out().contains("FAIL  rules/tests/OGI-DEADLINE/last-day-2013.txt: expected FAIL OGI-DEADLINE, got nothing"), en.out());
        assertTrue(en.out().contains("FAIL  rule LOCAL-NEVER: no test case makes it fire; no test case expects it to pass"), en.out());
        assertTrue(en.out().strip().endsWith("2 failed"), en.out());
    }

    @Test
    void checkReportsSyntaxErrorsMetadataAndReusedIds() throws IOException {
        Path rules = copyRules(false);
        assertEquals(0, Cli.run("rules", "check", "--rules", rules.toString()).exit());
        Files.writeString(rules.resolve("local.drl"), """
                package ogi.local;
                import org.ogiaudit.model.*;
                global org.ogiaudit.rules.api.Findings findings;

                rule "LOCAL-DEADLINE reused id"
                    @id("OGI-DEADLINE") @severity("warning") @points(4) @category("timeliness") @basisKind("practice")
                    @title("晚") @titleEn("late") @basis("b") @basisEn("b") @message("晚") @messageEn("late") @advice("a") @adviceEn("a")
                when
                    $r : Report(isPublishedAfter(1, 15))
                then
                    findings.fail(kcontext, $r.getPublishedOnEvidence());
                end

                rule "LOCAL-BAD-POINTS"
                    @id("LOCAL-BAD") @severity("fatal") @points(many) @category("timeliness")
                when
                    Report()
                then
                end
                """, StandardCharsets.UTF_8);
        Cli cli = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(3, cli.exit(), cli.out());
        assertTrue(cli.out().contains("错误：" + rules.resolve("local.drl") + ":5: 规则“LOCAL-DEADLINE reused id”重复使用了编号 OGI-DEADLINE"),
                cli.out());
        assertTrue(cli.out().contains("local.drl:14") && cli.out().contains("@severity") && cli.out().contains("@points")
                && cli.out().contains("@basisKind"), cli.out());
        Cli en = Cli.run("rules", "check", "--lang", "en", "--rules", rules.toString());
        assertTrue(en.out().contains("local.drl:5: rule \"LOCAL-DEADLINE reused id\" reuses id OGI-DEADLINE"), en.out());

        Files.writeString(rules.resolve("local.drl"), "package ogi.local;\nrule \"x\"\nwhen\n  Report(\nthen\nend\n", StandardCharsets.UTF_8);
        Cli syntax = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(3, syntax.exit());
        assertTrue(syntax.out().contains("错误：") && syntax.out().contains("local.drl:"), syntax.out());
    }

    @Test
    void aLaterFolderReplacesFilesOfTheSameName() throws IOException {
        Path local = Files.createDirectories(tmp.resolve("local"));
        String drl = Files.readString(Path.of("rules", "sections.drl"), StandardCharsets.UTF_8)
                .replace("@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(2)", "@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(6)");
        Files.writeString(local.resolve("sections.drl"), drl, StandardCharsets.UTF_8);
        Cli check = Cli.run("rules", "check", "--rules", "rules", "--rules", local.toString());
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().contains("sections.drl 替换了 rules/sections.drl"), check.out());
        Cli list = Cli.run("rules", "list", "--format", "json", "--rules", "rules", "--rules", local.toString());
        assertTrue(list.out().contains("\"points\" : 6"), list.out());
    }

    @Test
    void theHuaihuaExampleOfTheGuideWorksAsDocumented() {
        Cli test = Cli.run("rules", "test", "--rules", "rules", "--rules", "rules-local/怀化");
        assertEquals(0, test.exit(), test.out());
        assertTrue(test.out().contains("ok    rule LOCAL-HH-DEADLINE: 已覆盖"), test.out());
        Cli check = Cli.run("check", "--rules", "rules", "--rules", "rules-local/怀化",
                "rules-local/怀化/tests/LOCAL-HH-DEADLINE/late-by-two-days.txt");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("LOCAL-HH-DEADLINE") && check.out().contains("晚于本地时限2022年1月28日"), check.out());
        assertTrue(check.out().contains("依据（地方规定）：怀化市"), check.out());
        assertTrue(!check.out().contains("OGI-DEADLINE "), "within the statutory deadline: " + check.out());
    }
}
