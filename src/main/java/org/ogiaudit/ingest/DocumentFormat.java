package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats ogi-audit reads. */
public enum DocumentFormat {
    TEXT, HTML, PDF,
    /** Markdown (.md, .markdown, or a .txt whose content is Markdown). */
    MARKDOWN,
    /** Word 2007+ (.docx, OOXML). */
    DOCX,
    /** Word 97–2003 binary (.doc, an OLE file). */
    DOC,
    /** A Kingsoft WPS document saved as an OLE Word file (.wps). */
    WPS,
    /** Excel 2007+ (.xlsx). */
    XLSX,
    /** Excel 97–2003 binary (.xls, also WPS spreadsheets .et saved as OLE). */
    XLS,
    /** OFD, the national fixed-layout format (GB/T 33190). */
    OFD;

    /**
     * The format for a file name among those a folder scan picks up today (.txt, .htm(l), .shtml, .pdf), or null.
     * Kept to those three so that the batch's folder scan does not change behind its back; see {@link #fromName} for
     * every name {@link DocumentReader} reads.
     */
    public static DocumentFormat of(Path file) {
        DocumentFormat f = fromName(file);
        return f == TEXT || f == HTML || f == PDF ? f : null;
    }

    /** The format for any file name {@link DocumentReader} reads, or null. */
    public static DocumentFormat fromName(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return null;
        return switch (n.substring(dot + 1)) {
            case "txt" -> TEXT;
            case "html", "htm", "shtml" -> HTML;
            case "pdf" -> PDF;
            case "md", "markdown" -> MARKDOWN;
            case "docx" -> DOCX;
            case "doc" -> DOC;
            case "wps" -> WPS;
            case "xlsx" -> XLSX;
            case "xls", "et" -> XLS;
            case "ofd" -> OFD;
            default -> null;
        };
    }

    /** Spreadsheets hold statistics tables, not a whole report. */
    public boolean isSpreadsheet() {
        return this == XLSX || this == XLS;
    }

    /** Word processor files: their document properties (created, modified) are not publication dates. */
    public boolean isWordProcessor() {
        return this == DOCX || this == DOC || this == WPS;
    }

    /** The extensions {@link #fromName} knows, for messages. */
    public static final String KNOWN_EXTENSIONS = ".txt, .html/.htm/.shtml, .pdf, .md, .docx, .doc, .wps, .xlsx, .xls, .ofd";
}
