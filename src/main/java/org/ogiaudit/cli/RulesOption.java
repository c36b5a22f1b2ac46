package org.ogiaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.rules.RulebookLoader;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by commands that need a rulebook. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "rules")
    List<Path> folders = new ArrayList<>();

    Rulebook load() throws RulebookException {
        List<Path> resolved = resolvedFolders();
        return resolved.isEmpty() ? new RulebookLoader().loadPackaged() : new RulebookLoader().load(resolved);
    }

    /** The folders in use: as given, else ./rules when it exists, else none (the packaged rulebook). */
    List<Path> resolvedFolders() {
        if (!folders.isEmpty()) return folders;
        Path local = Path.of("rules");
        return Files.isDirectory(local) ? List.of(local) : List.of();
    }
}
