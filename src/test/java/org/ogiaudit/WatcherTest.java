package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.batch.Checker;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.rules.RulebookLoader;
import org.ogiaudit.batch.Watcher;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;

/** Watch mode reloads edited rules in the running program and keeps the last good rulebook on a broken edit. */
class WatcherTest {
    @TempDir
    Path tmp;

    /** What one run saw: the rulebook's hash and the report's score. */
    record Run(String sha, int score) { }

    @Test
    @Timeout(60)
    void reloadsRulesKeepsTheLastGoodRulebookAndRerunsOnInputChanges() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl")).toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        Path report = Files.copy(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), inputs.resolve("arala.txt"));

        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Rulebook initial = new RulebookLoader().load(List.of(rules));
        java.util.function.Consumer<Rulebook> run = rb -> {
            AuditResult r = new Checker(rb, new DocumentReader()).check(new InputFiles.Input(report, report.toString(), null)).get(0);
            events.add(new Run(rb.sha256(), r.score().value()));
        };
        Watcher watcher = new Watcher(List.of(rules), List.of(inputs), initial, run, new Watcher.Listener() {
            @Override public void reloaded(Rulebook rb) { }
            @Override public void rejected(RulebookException e) { events.add(e); }
        });
        Thread thread = new Thread(watcher::watch, "watcher");
        thread.start();
        try {
            run.accept(initial);
            Run first = (Run) next(events);
            assertEquals(100, first.score(), "OGI-SEC-OTHER is advisory under the 2007 Regulations: no points");

            Path sections = rules.resolve("sections.drl");
            String drl = Files.readString(sections, StandardCharsets.UTF_8);
            String edited = drl.replace("@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(0)", "@id(\"OGI-SEC-OTHER\") @severity(\"info\") @points(9)");
            assertTrue(!edited.equals(drl), "the shipped rule's metadata line has moved; update this test");
            Files.writeString(sections, edited, StandardCharsets.UTF_8);
            Run second = (Run) next(events);
            assertEquals(91, second.score(), "the edited points are used without a restart");

            Path broken = Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"b\"\nwhen\n  Report(\nthen\nend\n");
            Object rejected = next(events);
            assertTrue(rejected instanceof RulebookException, "a broken edit is reported: " + rejected);
            assertTrue(((RulebookException) rejected).getMessage().contains("broken.drl"), ((RulebookException) rejected).getMessage());

            Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
            Run third = (Run) next(events);
            assertEquals(second.sha(), third.sha(), "the last good rulebook is still in use");
            assertEquals(91, third.score());

            Files.delete(broken);
            Run fourth = (Run) next(events);
            assertEquals(second.sha(), fourth.sha(), "fixing the edit brings back the same rulebook");
        } finally {
            watcher.close();
            thread.join(5000);
        }
    }

    private static Object next(BlockingQueue<Object> events) throws InterruptedException {
        Object e = events.poll(20, TimeUnit.SECONDS);
        assertNotNull(e, "nothing happened within 20 s");
        return e;
    }

    @Test
    @Timeout(60)
    void outputWrittenBesideAWatchedFileDoesNotTriggerARun() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("single"));
        Path report = Files.copy(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), dir.resolve("arala.txt"));
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Rulebook rb = Pipeline.rulebook();
        Watcher watcher = new Watcher(List.of(), List.of(report), rb, events::add, new Watcher.Listener() {
            @Override public void reloaded(Rulebook r) { }
            @Override public void rejected(RulebookException e) { events.add(e); }
        });
        Thread thread = new Thread(watcher::watch, "watcher");
        thread.start();
        try {
            Files.writeString(dir.resolve("results.json"), "{}");
            Files.writeString(dir.resolve("other-report.txt"), "not watched: only arala.txt was named");
            assertEquals(null, events.poll(1500, TimeUnit.MILLISECONDS), "writing other files beside the input re-ran the check");
            Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
            assertEquals(rb, next(events), "changing the input re-runs it");
        } finally {
            watcher.close();
            thread.join(5000);
        }
    }
}
