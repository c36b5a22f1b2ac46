package org.ogiaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * ZIP-based packages: Word 2007+ (.docx), Excel 2007+ (.xlsx) and OFD are ZIP files, told apart by the entries named in
 * the ZIP's central directory, which is read without expanding anything. Any other ZIP is refused as before, so that
 * an archive renamed .html is never expanded.
 */
final class ZipPackages {
    /** Expanded size allowed for a package, as a multiple of the size limit of the file itself. */
    static final int MAX_EXPANSION = 10;

    private ZipPackages() { }

    static DocumentFormat kind(Path file, DocumentFormat byName) throws IngestException {
        boolean word = false;
        boolean excel = false;
        boolean ofd = false;
        boolean powerPoint = false;
        boolean openDocument = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int seen = 0;
            while (entries.hasMoreElements() && seen++ < 100_000) {
                String name = entries.nextElement().getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("word/document.xml") || lower.matches("word/document\\d*\\.xml")) word = true;
                else if (lower.equals("xl/workbook.xml")) excel = true;
                else if (lower.equals("ofd.xml")) ofd = true;
                else if (lower.equals("ppt/presentation.xml")) powerPoint = true;
                else if (lower.equals("mimetype") || lower.equals("content.xml")) openDocument = true;
            }
        } catch (IOException | RuntimeException e) {
            if (byName != null && byName != DocumentFormat.TEXT && byName != DocumentFormat.HTML && byName != DocumentFormat.MARKDOWN) {
                // a .docx, .xlsx or .ofd (or a .doc that is really one) whose package does not open: cut short or damaged
                throw new IngestException("文件名为 " + extension(file) + "，但其 ZIP 文件包无法打开（文件已损坏或不完整）：请重新下载，或改用报告的 PDF 版",
                        "named " + extension(file) + " but its ZIP package cannot be opened (the file is damaged or incomplete): "
                        + "download it again, or get the report as PDF");
            }
            throw zipArchive();
        }
        if (word) return DocumentFormat.DOCX;
        if (excel) return DocumentFormat.XLSX;
        if (ofd) return DocumentFormat.OFD;
        if (powerPoint) {
            throw new IngestException("文件是 PowerPoint 演示文稿，ogi-audit 不读取：请另存为 PDF",
                    "the file is a PowerPoint presentation, which ogi-audit does not read: save it as PDF");
        }
        if (openDocument && (byName == null || byName.isWordProcessor() || byName.isSpreadsheet())) {
            throw new IngestException("文件是 OpenDocument 文件（.odt/.ods），ogi-audit 不读取：请另存为 .docx、.xlsx 或 PDF",
                    "the file is an OpenDocument file (.odt/.ods), which ogi-audit does not read: save it as .docx, .xlsx or PDF");
        }
        if (byName == DocumentFormat.DOCX || byName == DocumentFormat.XLSX || byName == DocumentFormat.OFD) {
            String ext = byName.name().toLowerCase(Locale.ROOT);
            String part = byName == DocumentFormat.OFD ? "OFD.xml" : byName == DocumentFormat.DOCX ? "word/document.xml" : "xl/workbook.xml";
            throw new IngestException("文件名为 ." + ext + "，但其 ZIP 文件包中没有 " + part + "；未解压",
                    "named ." + ext + " but the ZIP package holds no " + part + "; it was not expanded");
        }
        throw zipArchive();
    }

    private static IngestException zipArchive() {
        return new IngestException("文件是 ZIP 压缩包，不是报告网页；未解压", "the file is a ZIP archive, not a report page; it was not expanded");
    }

    /** True when POI refused a package for expanding far beyond its compressed size. */
    static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) return true;
        }
        return false;
    }

    static IngestException bomb() {
        return new IngestException("文件包解压后超过压缩大小的100倍：不读取（压缩炸弹，或文件已损坏）",
                "the package expands to more than 100 times its compressed size: it is not read (a compressed bomb, or damaged)");
    }

    /**
     * Refuses a package that expands to more than {@code limit} bytes, counting the bytes actually inflated (sizes
     * declared in the ZIP can lie): a zip bomb renamed .docx or .ofd stops here.
     */
    static void checkExpandedSize(Path file, long limit) throws IngestException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limit) {
                            throw new IngestException(String.format("文件包解压后超过%.0f MB：不读取（压缩炸弹，或不是一份报告）", limit / 1048576.0),
                                    String.format("the package expands to more than %.0f MB: it is not read "
                                    + "(a compressed bomb or not one report)", limit / 1048576.0));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException("ZIP 文件包已损坏：" + e.getMessage(), "the ZIP package is damaged: " + e.getMessage(), e);
        }
    }

    private static String extension(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "the file" : n.substring(dot).toLowerCase(Locale.ROOT);
    }
}
