package org.ogiaudit.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.rules.RulebookLoader;

/**
 * Re-runs a check when a rule file or an input changes, rebuilding the rulebook in the running JVM (no new start-up,
 * no Java build). A broken edit is reported and the last good rulebook is kept, so that the author can fix it and
 * carry on.
 */
public final class Watcher implements Closeable {
    /** Quiet time after the last change before acting: editors write a file in several steps. */
    static final long DEBOUNCE_MS = 150;

    /** What the watcher tells its user. */
    public interface Listener {
        /** The rules changed and the new rulebook builds. */
        void reloaded(Rulebook rulebook);

        /** The rules changed and do not build; the previous rulebook stays in use. */
        void rejected(RulebookException e);
    }

    private final List<Path> ruleFolders;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    /** For folders watched for single input files: the names that count. Others count for report files only. */
    private final Map<Path, java.util.Set<String>> onlyNames = new HashMap<>();
    private final Consumer<Rulebook> run;
    private final Listener listener;
    private volatile boolean closed;
    private Rulebook current;

    /**
     * @param ruleFolders folders of DRL files to rebuild from (empty: the rulebook cannot change)
     * @param inputs      files and folders being checked
     * @param initial     the rulebook of the first run
     * @param run         runs the check with a rulebook
     */
    public Watcher(List<Path> ruleFolders, List<Path> inputs, Rulebook initial, Consumer<Rulebook> run, Listener listener)
            throws IOException {
        this.ruleFolders = List.copyOf(ruleFolders);
        this.service = FileSystems.getDefault().newWatchService();
        this.current = initial;
        this.run = run;
        this.listener = listener;
        for (Path f : ruleFolders) {
            register(f, false);
            if (Files.isDirectory(f.resolve(RulebookLoader.VOCABULARY))) register(f.resolve(RulebookLoader.VOCABULARY), false);
        }
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    for (Path d : walk.filter(Files::isDirectory).toList()) register(d, true);
                }
            } else if (in.toAbsolutePath().getParent() != null) {
                Path parent = in.toAbsolutePath().normalize().getParent();
                if (!onlyNames.containsKey(parent)) register(parent, true);
                onlyNames.computeIfAbsent(parent, k -> new java.util.HashSet<>()).add(in.getFileName().toString());
            }
        }
    }

    private void register(Path dir, boolean input) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        dirs.put(key, dir.toAbsolutePath().normalize());
    }

    /** Watches until {@link #close()}; returns then. */
    public void watch() {
        while (!closed) {
            try {
                WatchKey first = service.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                Change change = drain(first);
                WatchKey next;
                while ((next = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                    Change c = drain(next);
                    if (c.ordinal() > change.ordinal()) change = c;
                }
                if (closed) return;
                if (change == Change.NONE) continue;
                boolean rulesChanged = change == Change.RULES;
                if (rulesChanged && !ruleFolders.isEmpty()) {
                    try {
                        current = new RulebookLoader().load(ruleFolders);
                        listener.reloaded(current);
                    } catch (RulebookException e) {
                        listener.rejected(e);
                        continue; // keep the last good rulebook; wait for the fix
                    }
                }
                run.accept(current);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /**
     * Resets a key and sorts its events: a .drl file in a rules folder, or a vocabulary file, is a rules change; an input file (or, in a
     * watched folder, any report file) is an input change; anything else (the program's own output written beside
     * an input, an editor's swap file) is ignored.
     */
    private Change drain(WatchKey key) {
        Path dir = dirs.get(key);
        Change change = Change.NONE;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null || e.context() == null) continue;
            String name = e.context().toString();
            boolean rulesFolder = ruleFolders.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(dir));
            boolean vocabularyFolder = ruleFolders.stream()
                    .anyMatch(f -> f.resolve(RulebookLoader.VOCABULARY).toAbsolutePath().normalize().equals(dir));
            if ((rulesFolder && name.endsWith(".drl")) || (vocabularyFolder && name.endsWith(".txt"))) {
                change = Change.RULES;
            } else if (onlyNames.containsKey(dir) ? onlyNames.get(dir).contains(name)
                    : org.ogiaudit.ingest.DocumentFormat.of(dir.resolve(name)) != null) {
                if (change == Change.NONE) change = Change.INPUT;
            }
        }
        key.reset();
        return change;
    }

    /** What a burst of events changed. */
    private enum Change { NONE, INPUT, RULES }

    @Override public void close() throws IOException {
        closed = true;
        service.close();
    }
}
