package org.ogiaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.engine.Rulebook;
import org.ogiaudit.engine.RulebookException;
import org.ogiaudit.engine.RulebookLoader;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by commands that need a rulebook. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = {"Folder of .drl rule files, compiled when the tool starts (no Java build needed).",
                "Repeat to add folders. Default: ./rules when it exists, otherwise the rulebook packaged in the jar."})
    List<Path> folders = new ArrayList<>();

    Rulebook load() throws RulebookException {
        RulebookLoader loader = new RulebookLoader();
        if (!folders.isEmpty()) return loader.load(folders);
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) return loader.load(List.of(local));
        return loader.loadPackaged();
    }
}
