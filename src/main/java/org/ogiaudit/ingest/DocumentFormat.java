package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats ogi-audit reads, told by file name. */
public enum DocumentFormat {
    TEXT, HTML, PDF;

    /** The format for a file name, or null when ogi-audit does not read such files. */
    public static DocumentFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) return TEXT;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml")) return HTML;
        if (name.endsWith(".pdf")) return PDF;
        return null;
    }
}
