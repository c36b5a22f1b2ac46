package org.ogiaudit.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import org.ogiaudit.model.Lang;

/**
 * A progress bar on standard error for batches, drawn only when standard error is a terminal (silent in pipes, logs
 * and CI): files done, rate and time left, in the user's language.
 */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final long started = System.nanoTime();
    private final Set<String> done = new HashSet<>();
    private long lastDrawn;
    private final boolean enabled;
    private final Lang.Messages messages;

    /** @param messages the words of the bar, in the user's language */
    Progress(int total, PrintStream err, boolean enabled, Lang.Messages messages) {
        this.total = total;
        this.err = err;
        this.enabled = enabled && total > 1;
        this.messages = messages;
    }

    /** Is standard error a terminal? (Java 17: a console exists only when both streams are.) */
    static boolean terminal() {
        return System.console() != null;
    }

    void fileDone(String file) {
        if (!enabled || !done.add(file)) return;
        long now = System.nanoTime();
        if (now - lastDrawn < 100_000_000L && done.size() < total) return;
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        double rate = done.size() / Math.max(seconds, 1e-3);
        long eta = Math.round((total - done.size()) / Math.max(rate, 1e-9));
        int width = 30;
        int filled = (int) ((long) width * done.size() / total);
        err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] "
                + messages.get("progress.line", done.size(), total, rate, eta / 60, eta % 60) + " ");
        if (done.size() == total) err.println();
        err.flush();
    }
}
