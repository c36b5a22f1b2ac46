package org.ogiaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every output format, with the renderer that writes it and the kind of place it is written to: the one registry the
 * command line and the batch choose from.
 */
public enum Format {
    /** The terminal report. */
    TEXT(Target.STREAM),
    /** The JSON contract (README, "JSON output"). */
    JSON(Target.STREAM),
    /** One line per report, flushed as written; an interrupted run can be resumed. */
    JSONL(Target.LOG),
    /** The ranking, one row per report. */
    CSV(Target.STREAM),
    /** A static site in a folder. */
    HTML(Target.FOLDER);

    /** Where a format is written. */
    public enum Target {
        /** Standard output, or a file written whole ({@link AtomicFile}). */
        STREAM,
        /** A file appended to as each report is checked, so that nothing done is lost ({@link AppendLog}). */
        LOG,
        /** A folder built beside its final place ({@link SiteFolder}). */
        FOLDER
    }

    private final Target target;

    Format(Target target) { this.target = target; }

    public Target target() { return target; }

    /** The name on the command line: "json". */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** A renderer writing to {@code out} (STREAM and LOG formats). */
    public Renderer renderer(Writer out, boolean resuming) throws IOException {
        return switch (this) {
            case TEXT -> new TextRenderer(out);
            case JSON -> new JsonRenderer(out);
            case JSONL -> new JsonLinesRenderer(out, resuming);
            case CSV -> new CsvRenderer(out);
            case HTML -> throw new IllegalArgumentException("html writes a folder: use renderer(Path)");
        };
    }

    /** A renderer writing into {@code folder} (FOLDER formats). */
    public Renderer renderer(Path folder) {
        if (this != HTML) throw new IllegalArgumentException(id() + " writes a stream, not a folder");
        return new HtmlSite(folder);
    }
}
