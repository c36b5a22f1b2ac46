package org.ogiaudit.render;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written whole or not at all: the text goes to a hidden file beside the target, moved into place by
 * {@link #commit()}; closing without a commit removes it, so an interrupted run leaves the user's files as they were.
 *
 * <p>The temporary file is created as any file the user makes, with the process umask (0644 under umask 022), not with
 * {@code Files.createTempFile}'s 0600: results are published, and a web server or a colleague must be able to read them.
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private AtomicFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /** Opens a temporary file beside {@code target} (creating its folder when missing). */
    public static AtomicFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = hiddenSibling(target, ".part");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        return new AtomicFile(target, tmp, out);
    }

    /** A new, unused hidden name beside {@code target}: ".NAME.1a2b3c4d.SUFFIX". */
    static Path hiddenSibling(Path target, String suffix) {
        Path abs = target.toAbsolutePath();
        String name = abs.getFileName().toString();
        return abs.getParent().resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + suffix);
    }

    /** The file as UTF-8 text. Use either this or {@link #stream()}, not both. */
    public Writer writer() {
        if (writer == null) writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        return writer;
    }

    /** The file as bytes, for a binary format (a spreadsheet, a Word document). */
    public OutputStream stream() { return stream; }

    public Path target() { return target; }

    /** Flushes, closes and moves the file into place, replacing any file there. */
    public void commit() throws IOException {
        closeStreams();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override public void close() throws IOException {
        if (committed) return;
        try {
            closeStreams();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void closeStreams() throws IOException {
        if (writer != null) writer.close(); else stream.close();
    }
}
