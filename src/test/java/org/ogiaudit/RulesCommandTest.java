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
                    if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
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
        assertTrue(last.matches("\\d+ passed, 0 failed"), last);
        assertTrue(cli.out().contains("ok    rule OGI-DEADLINE: covered"), cli.out());
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
        Cli json = Cli.run("rules", "list", "--format", "json");
        assertTrue(json.out().contains("\"id\" : \"OGI-SEC-OTHER\"") && json.out().contains("\"points\" : 2"), json.out());
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
                    @id("LOCAL-NEVER") @severity("info") @points(1) @category("format") @title("t") @basis("b")
                when
                    Report(reportYear == 1900)
                then
                    findings.fail(kcontext, "never", $r.getOpening());
                end
                """.replace("$r.getOpening()", "(org.ogiaudit.model.Evidence) null"), StandardCharsets.UTF_8);
        Cli cli = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, cli.exit(), cli.out());
        assertTrue(cli.out().contains("FAIL  rules/tests/OGI-DEADLINE/last-day-2013.txt: expected FAIL OGI-DEADLINE, got nothing"), cli.out());
        assertTrue(cli.out().contains("FAIL  rule LOCAL-NEVER: no test case makes it fire; no test case expects it to pass"), cli.out());
        assertTrue(cli.out().strip().endsWith("2 failed"), cli.out());
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
                    @id("OGI-DEADLINE") @severity("warning") @points(4) @category("timeliness") @title("t") @basis("b")
                when
                    $r : Report(isPublishedAfter(1, 15))
                then
                    findings.fail(kcontext, "late", $r.getPublishedOnEvidence());
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
        assertTrue(cli.out().contains("local.drl:5: rule \"LOCAL-DEADLINE reused id\" reuses id OGI-DEADLINE"), cli.out());
        assertTrue(cli.out().contains("local.drl:13") && cli.out().contains("@severity") && cli.out().contains("@points"), cli.out());

        Files.writeString(rules.resolve("local.drl"), "package ogi.local;\nrule \"x\"\nwhen\n  Report(\nthen\nend\n", StandardCharsets.UTF_8);
        Cli syntax = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(3, syntax.exit());
        assertTrue(syntax.out().contains("error: ") && syntax.out().contains("local.drl:"), syntax.out());
    }

    @Test
    void aLaterFolderReplacesFilesOfTheSameName() throws IOException {
        Path local = Files.createDirectories(tmp.resolve("local"));
        String drl = Files.readString(Path.of("rules", "sections.drl"), StandardCharsets.UTF_8)
                .replace("@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(2)", "@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(6)");
        Files.writeString(local.resolve("sections.drl"), drl, StandardCharsets.UTF_8);
        Cli check = Cli.run("rules", "check", "--rules", "rules", "--rules", local.toString());
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().contains("sections.drl replaces rules/sections.drl"), check.out());
        Cli list = Cli.run("rules", "list", "--format", "json", "--rules", "rules", "--rules", local.toString());
        assertTrue(list.out().contains("\"points\" : 6"), list.out());
    }

    @Test
    void theHuaihuaExampleOfTheGuideWorksAsDocumented() {
        Cli test = Cli.run("rules", "test", "--rules", "rules", "--rules", "rules-local/怀化");
        assertEquals(0, test.exit(), test.out());
        assertTrue(test.out().contains("ok    rule LOCAL-HH-DEADLINE: covered"), test.out());
        Cli check = Cli.run("check", "--rules", "rules", "--rules", "rules-local/怀化",
                "rules-local/怀化/tests/LOCAL-HH-DEADLINE/late-by-two-days.txt");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("LOCAL-HH-DEADLINE") && check.out().contains("2022-01-28"), check.out());
        assertTrue(!check.out().contains("OGI-DEADLINE "), "within the statutory deadline: " + check.out());
    }
}
