package org.ogiaudit.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the scanned rule-test cases under {@code rules/tests/} from their typed twins: the case's lines are printed as
 * a web page by Chromium and its pages stored as black-and-white pictures without a text layer, as a document scanner
 * in its text mode makes them (small files to commit). Run by hand when a case changes, and commit the PDF:
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) org.ogiaudit.ingest.ScanFixtures IN.txt OUT.pdf
 * </pre>
 */
public final class ScanFixtures {
    /** A document scanner's usual resolution. */
    static final int DPI = 300;

    private ScanFixtures() { }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: ScanFixtures IN.txt OUT.pdf");
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("ogi-scan-fixture");
        Path html = Renderings.html(lines, lines.get(0), "UTF-8", dir.resolve("page.html"));
        Path pdf = Renderings.pdf(html, dir.resolve("page.pdf"));
        scan(pdf, out);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    static void scan(Path pdf, Path out) throws Exception {
        org.ogiaudit.cli.ScanCorpus.scan(pdf, DPI, true, out);
    }
}
