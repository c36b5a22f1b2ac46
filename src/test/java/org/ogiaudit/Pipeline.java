package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogiaudit.engine.Checker;
import org.ogiaudit.engine.InputFiles;
import org.ogiaudit.engine.Rulebook;
import org.ogiaudit.engine.RulebookException;
import org.ogiaudit.engine.RulebookLoader;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;

/** Runs the real pipeline with the project's own rules/ folder, as `ogi-audit check` does. */
public final class Pipeline {
    /** The shared corpus beside the project (../shared/corpus), where CI and developers have it. */
    public static final Path CORPUS = Path.of("..", "shared", "corpus");

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
        assertTrue(Files.exists(file), "missing test input " + file.toAbsolutePath() + " (is ../shared beside the project?)");
        return new Checker(rulebook(), new DocumentReader()).check(new InputFiles.Input(file, file.toString(), null));
    }

    public static Path corpus(String relative) {
        return CORPUS.resolve(relative);
    }
}
