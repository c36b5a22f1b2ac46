package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.batch.Checker;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookLoader;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/** A rule that throws or loops fails that rule on that report, with a message naming it; never the batch. */
class RuleFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aThrowingRuleAndALoopingRuleAreContained() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl")).toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        Files.writeString(rules.resolve("bad.drl"), """
                package ogi.bad;
                import org.ogiaudit.model.*;
                global org.ogiaudit.rules.api.Findings findings;

                rule "BAD-THROWS divides by zero"
                    @id("BAD-THROWS") @severity("info") @points(1) @category("format") @basisKind("practice") @title("t") @basis("b")
                when
                    $r : Report()
                then
                    int zero = 0;
                    System.out.println(1 / zero);
                end

                declare Tick
                    n : int
                end

                rule "BAD-LOOPS re-inserts forever"
                    @id("BAD-LOOPS") @severity("info") @points(1) @category("format") @basisKind("practice") @title("t") @basis("b")
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end

                rule "start ticking"
                    @id("BAD-START") @severity("info") @points(0) @category("format") @basisKind("practice") @title("t") @basis("b")
                when
                    Report()
                then
                    insert(new Tick(0));
                end
                """, StandardCharsets.UTF_8);
        Rulebook book = new RulebookLoader().load(List.of(rules));
        Path a = Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt");
        Path b = Pipeline.corpus("seeds/004_5dabd5b5935736db.txt");
        List<AuditResult> results = new java.util.ArrayList<>();
        Checker checker = new Checker(book, new DocumentReader());
        for (Path p : List.of(a, b)) results.addAll(checker.check(new InputFiles.Input(p, p.toString(), null)));
        assertEquals(2, results.size(), "the batch completes");
        for (AuditResult r : results) {
            assertTrue(r.isOk(), String.valueOf(r.error()));
            Finding thrown = r.findings().stream().filter(f -> f.getRule().equals("BAD-THROWS")).findFirst().orElseThrow();
            assertEquals(Status.UNCERTAIN, thrown.getStatus());
            assertTrue(thrown.getMessage().zh().startsWith("规则在本报告上运行失败，未予适用：") && thrown.getMessage().zh().contains("/ by zero"),
                    thrown.getMessage().zh());
            assertTrue(thrown.getMessage().en().contains("the rule failed on this report") && thrown.getMessage().en().contains("/ by zero"),
                    thrown.getMessage().en());
            Finding loop = r.findings().stream().filter(f -> f.getRule().equals("BAD-LOOPS")).findFirst().orElseThrow();
            assertTrue(loop.getMessage().zh().contains("已被停止"), loop.getMessage().zh());
            assertTrue(loop.getMessage().en().contains("was stopped"), loop.getMessage().en());
            assertTrue(r.findings().stream().anyMatch(f -> f.getRule().equals("OGI-SEC-OTHER") && f.getStatus() == Status.FAIL),
                    "the shipped rules still ran: " + r.findings());
        }
        assertEquals(Pipeline.check(a).get(0).score().value(), results.get(0).score().value(),
                "failed rules deduct nothing: the score is the shipped rulebook's");
    }
}
