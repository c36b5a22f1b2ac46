package org.ogiaudit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.ogiaudit.model.Lang;

/**
 * Every output format, with the renderer that writes it and the kind of place it is written to: the one registry the
 * command line and the batch choose from. Every renderer writes in the reader's language.
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
    HTML(Target.FOLDER),
    /** One Word document per report with findings: a draft 审核意见 / 整改通知 for the office to edit and send. */
    DOCX(Target.FOLDER),
    /** The ranking (a sheet per year) and every finding, as an Excel workbook. */
    XLSX(Target.FILE);

    /** Where a format is written. */
    public enum Target {
        /** Standard output, or a file written whole ({@link AtomicFile}). */
        STREAM,
        /** A file appended to as each report is checked, so that nothing done is lost ({@link AppendLog}). */
        LOG,
        /** A folder built beside its final place ({@link SiteFolder}). */
        FOLDER,
        /** A binary file written whole ({@link AtomicFile#stream()}): never standard output. */
        FILE
    }

    private final Target target;

    Format(Target target) { this.target = target; }

    public Target target() { return target; }

    /** The name on the command line: "json". */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** A renderer writing text to {@code out} (STREAM and LOG formats). */
    public Renderer renderer(Writer out, boolean resuming, Lang lang) throws IOException {
        return switch (this) {
            case TEXT -> new TextRenderer(out, lang);
            case JSON -> new JsonRenderer(out, lang);
            case JSONL -> new JsonLinesRenderer(out, resuming, lang);
            case CSV -> new CsvRenderer(out, lang);
            case HTML, DOCX, XLSX -> throw new IllegalArgumentException(id() + " is not written as text to a stream");
        };
    }

    /** A renderer writing into {@code folder} (FOLDER formats). */
    public Renderer renderer(Path folder, Lang lang) {
        return switch (this) {
            case HTML -> new HtmlSite(folder, lang);
            case DOCX -> new WordNotices(folder, lang);
            default -> throw new IllegalArgumentException(id() + " writes a stream, not a folder");
        };
    }

    /** A renderer writing a binary file to {@code out} (FILE formats). */
    public Renderer renderer(OutputStream out, Lang lang) {
        if (this != XLSX) throw new IllegalArgumentException(id() + " is not a binary file");
        return new XlsxRanking(out, lang);
    }
}
