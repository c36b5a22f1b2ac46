package org.ogiaudit.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of an HTML site or of Word notices, built beside its final place and moved there when complete. With
 * {@code force} an earlier output is replaced whole (no stale pages stay behind); a folder that holds anything else is
 * never replaced, so a mistyped {@code --out} cannot delete a user's files. Folders and files get the process umask
 * (0755/0644 under 022).
 */
public final class SiteFolder implements Closeable {
    /** What {@code index.html} carries so that a folder can be recognised as a site this tool wrote. */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"ogi-audit\">";
    /** The file every folder this tool writes holds, so that {@code --force} knows it may replace the folder. */
    public static final String MARKER = ".ogi-audit";

    /** Why a folder may not be written. */
    public enum Refusal { NOT_A_FOLDER, NOT_EMPTY, NOT_OURS }

    /** {@code --out} names a place this tool must not write: the command line says why in the user's language. */
    public static final class RefusedException extends IOException {
        private final Path target;
        private final Refusal refusal;

        RefusedException(Path target, Refusal refusal) {
            super(target + ": " + refusal);
            this.target = target;
            this.refusal = refusal;
        }

        public Path target() { return target; }

        public Refusal refusal() { return refusal; }
    }

    private final Path target;
    private final Path building;
    private boolean committed;

    private SiteFolder(Path target, Path building) {
        this.target = target;
        this.building = building;
    }

    /**
     * Checks that {@code target} may be written and creates the folder to build in.
     *
     * @throws RefusedException when the target is a file, a non-empty folder without {@code force}, or a folder this
     *                          tool did not write
     */
    public static SiteFolder prepare(Path target, boolean force) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) throw new RefusedException(target, Refusal.NOT_A_FOLDER);
            if (!isEmpty(target)) {
                if (!force) throw new RefusedException(target, Refusal.NOT_EMPTY);
                if (!isOurs(target)) throw new RefusedException(target, Refusal.NOT_OURS);
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path building = AtomicFile.hiddenSibling(target, ".part");
        Files.createDirectory(building);
        Files.writeString(building.resolve(MARKER), "written by ogi-audit; --force may replace this folder\n", StandardCharsets.UTF_8);
        return new SiteFolder(target, building);
    }

    /** Where the site is written until {@link #commit()}. */
    public Path dir() { return building; }

    /** Moves the finished site into place; an earlier site there is removed only once the new one stands. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = AtomicFile.hiddenSibling(target, ".old");
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) deleteTree(old);
    }

    @Override public void close() throws IOException {
        if (!committed) deleteTree(building);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** A folder this tool wrote: it has the marker, or (a site from before the marker) an index.html of ours. */
    private static boolean isOurs(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER))) return true;
        Path index = dir.resolve("index.html");
        try {
            return Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(GENERATOR);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
