package org.ogiaudit.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The input formats ogi-audit reads, told by file name; and the report-like ones it does not read yet. */
public enum DocumentFormat {
    TEXT, HTML, PDF;

    /**
     * Formats organs publish reports in that are not read: each with what it is and what to do. A folder scan lists
     * these as files that could not be checked, so that no report is skipped without a word.
     */
    private static final Map<String, String> NOT_READ = Map.ofEntries(
            Map.entry("doc", "Word document (.doc): not read yet; save it as PDF or HTML and check that"),
            Map.entry("docx", "Word document (.docx): not read yet; save it as PDF or HTML and check that"),
            Map.entry("wps", "WPS document (.wps): not read yet; save it as PDF or HTML and check that"),
            Map.entry("rtf", "RTF document: not read yet; save it as PDF or HTML and check that"),
            Map.entry("odt", "OpenDocument text (.odt): not read yet; save it as PDF or HTML and check that"),
            Map.entry("md", "Markdown file: not read yet; save it as .txt and check that"),
            Map.entry("markdown", "Markdown file: not read yet; save it as .txt and check that"),
            Map.entry("xls", "spreadsheet (.xls): not read yet; put its tables into the report page or PDF"),
            Map.entry("xlsx", "spreadsheet (.xlsx): not read yet; put its tables into the report page or PDF"),
            Map.entry("et", "WPS spreadsheet (.et): not read yet; put its tables into the report page or PDF"),
            Map.entry("ods", "OpenDocument spreadsheet (.ods): not read yet; put its tables into the report page or PDF"),
            Map.entry("ofd", "OFD document (GB/T 33190): not read yet; get the report as PDF and check that"),
            Map.entry("zip", "ZIP archive: not expanded; unpack it and check the folder"),
            Map.entry("rar", "RAR archive: not expanded; unpack it and check the folder"),
            Map.entry("7z", "7z archive: not expanded; unpack it and check the folder"),
            Map.entry("gz", "gzip archive: not expanded; unpack it and check the folder"),
            Map.entry("tar", "tar archive: not expanded; unpack it and check the folder"),
            Map.entry("mht", "web archive (.mht): not read yet; save the page as .html and check that"),
            Map.entry("mhtml", "web archive (.mhtml): not read yet; save the page as .html and check that"));

    /** The format for a file name, or null when ogi-audit does not read such files. */
    public static DocumentFormat of(Path file) {
        String ext = extension(file);
        return switch (ext) {
            case "txt" -> TEXT;
            case "html", "htm", "shtml" -> HTML;
            case "pdf" -> PDF;
            default -> null;
        };
    }

    /**
     * For a file a report may be published as but ogi-audit does not read (Word, spreadsheets, archives …): what it
     * is and what to do, in plain words. Null for files that are read, and for files that are no reports at all
     * (images, style sheets, scripts), which a folder scan merely counts.
     */
    public static String notReadReason(Path file) {
        return NOT_READ.get(extension(file));
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
