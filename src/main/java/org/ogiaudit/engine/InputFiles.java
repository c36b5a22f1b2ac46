package org.ogiaudit.engine;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.ogiaudit.ingest.DocumentFormat;

/** The files a user named: files as given, folders searched recursively for .txt, .htm(l), .shtml and .pdf. */
public final class InputFiles {
    /** A file to check, or a path that could not be used and why. */
    public record Input(Path path, String shownAs, String problem) { }

    private InputFiles() { }

    public static List<Input> collect(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, Integer.MAX_VALUE, EnumSet.noneOf(FileVisitOption.class).toArray(FileVisitOption[]::new))) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> DocumentFormat.of(f) != null)
                            .sorted()
                            .forEach(f -> out.add(new Input(f, f.toString(), null)));
                } catch (IOException | RuntimeException e) {
                    out.add(new Input(p, arg, "cannot read the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p, arg, null));
            } else {
                out.add(new Input(p, arg, "no such file or folder"));
            }
        }
        return out;
    }
}
