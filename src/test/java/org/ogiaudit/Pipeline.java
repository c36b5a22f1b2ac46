package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogiaudit.batch.Checker;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.rules.RulebookLoader;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;

/** Runs the real pipeline with the project's own rules/ folder, as `ogi-audit check` does. */
public final class Pipeline {
    /** The test corpus in the repository: real reports not already in reports-in/ (see its README.md). */
    public static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    /** The reports a new user runs first; the tests use them too, so they are kept once. */
    public static final Path REPORTS_IN = Path.of("reports-in");

    private static Rulebook rulebook;

    private Pipeline() { }

    public static synchronized Rulebook rulebook() {
        if (rulebook == null) {
            try {
                rulebook = new RulebookLoader().load(List.of(Path.of("rules")));
            } catch (RulebookException e) {
                throw new AssertionError("the shipped rulebook does not build:\n" + e.getMessage(), e);
            }
        }
        return rulebook;
    }

    public static List<AuditResult> check(Path file) {
        assertTrue(Files.exists(file), "missing test input " + file.toAbsolutePath());
        return new Checker(rulebook(), new DocumentReader()).check(new InputFiles.Input(file, file.toString(), null));
    }

    /**
     * A corpus report by its place in the shared corpus ("seeds/001_….txt", "dev/2012_….txt", "pdf/….pdf"): in
     * reports-in/ when a new user's first run includes it, else in the test corpus.
     */
    public static Path corpus(String relative) {
        Path name = Path.of(relative).getFileName();
        Path first = REPORTS_IN.resolve(name);
        return Files.exists(first) ? first : CORPUS.resolve(relative);
    }
}
