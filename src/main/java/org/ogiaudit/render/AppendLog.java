package org.ogiaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An output written as it goes, so that a crash at report 40,000 loses nothing before it: opened new (replacing a file
 * there only when the caller says so) or, to carry on an interrupted run, for appending.
 */
public final class AppendLog {
    private AppendLog() { }

    /** A writer on {@code file}: appending to it when {@code append}, else starting it afresh. */
    public static Writer open(Path file, boolean append) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    }
}
