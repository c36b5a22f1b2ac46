package org.ogiaudit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice (libreoffice-writer-nogui, libreoffice-calc-nogui; .ci/run installs them) turning a document the
 * tool wrote into a PDF, and pdftoppm (poppler-utils) turning its first pages into pictures under target/screenshots/,
 * so that a person can look at what an office will open.
 */
final class LibreOffice {
    static final File SOFFICE = new File("/usr/bin/soffice");
    static final File PDFTOPPM = new File("/usr/bin/pdftoppm");

    private LibreOffice() { }

    static boolean installed() {
        return SOFFICE.canExecute();
    }

    /** {@code document} converted to PDF in {@code outDir}; its own profile folder, so that no user setting leaks in. */
    static Path toPdf(Path document, Path outDir, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(SOFFICE.getPath(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", outDir.toString(), document.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice took longer than 180 s to convert " + document);
        }
        Path pdf = outDir.resolve(document.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".pdf");
        if (!Files.exists(pdf)) throw new IOException("LibreOffice wrote no PDF: " + Files.readString(outDir.resolve("soffice.log")));
        return pdf;
    }

    /** The first {@code pages} pages of {@code pdf} as PNG files named {@code prefix-N.png}; none without pdftoppm. */
    static List<Path> toPng(Path pdf, Path outDir, String prefix, int pages) throws IOException, InterruptedException {
        List<Path> out = new ArrayList<>();
        if (!PDFTOPPM.canExecute()) return out;
        Process p = new ProcessBuilder(PDFTOPPM.getPath(), "-png", "-r", "80", "-f", "1", "-l", String.valueOf(pages), pdf.toString(),
                outDir.resolve(prefix).toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        try (var s = Files.list(outDir)) {
            s.filter(f -> f.getFileName().toString().startsWith(prefix + "-") && f.toString().endsWith(".png")).sorted().forEach(out::add);
        }
        return out;
    }
}
