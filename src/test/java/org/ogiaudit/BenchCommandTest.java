package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark builds its corpus from the real reports and checks every copy; its figures are not asserted (timing
 * belongs to the benchmark, not to tests), only that it measured what it says it measured.
 */
class BenchCommandTest {
    @TempDir
    Path work;

    @Test
    void copiesTheRealReportsChecksEveryOneAndPrintsEachFigure() throws Exception {
        Cli cli = Cli.run("bench", "--size", "25", "-j", "2", "--work", work.toString());
        assertEquals(0, cli.exit(), cli.err());
        try (Stream<Path> files = Files.list(work.resolve("corpus-25"))) {
            assertEquals(25, files.count());
        }
        // the 22 corpus files hold 25 reports (a few pages hold two), so 25 copies hold at least 25
        Matcher m = Pattern.compile("\\((\\d+) reports, (\\d+) errors\\)").matcher(cli.out());
        assertTrue(m.find(), cli.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 25, cli.out());
        assertEquals("0", m.group(2), cli.out());
        for (String figure : List.of("floor:", "pipeline/floor:", "stages (thread-seconds): read", "CPU seconds by thread kind",
                "peak RSS")) {
            assertTrue(cli.out().contains(figure), figure + " in\n" + cli.out());
        }
        // the results are the JSON Lines of a real check: a run line, a line per report, a summary
        List<String> lines = Files.readAllLines(work.resolve("results.jsonl"));
        assertTrue(lines.get(0).contains("\"type\":\"run\""));
        assertTrue(lines.get(lines.size() - 1).contains("\"type\":\"summary\""));
        assertEquals(Integer.parseInt(m.group(1)), lines.size() - 2);
    }

    @Test
    void onlyPdfBuildsTheParseHeavyCorpus() throws Exception {
        Cli cli = Cli.run("bench", "--size", "4", "--only", "pdf", "-j", "1", "--work", work.toString());
        assertEquals(0, cli.exit(), cli.err());
        try (Stream<Path> files = Files.list(work.resolve("corpus-pdf-4"))) {
            assertTrue(files.allMatch(p -> p.toString().endsWith(".pdf")));
        }
        assertTrue(cli.out().contains("(4 reports, 0 errors)"), cli.out());
    }

    @Test
    void onlyScanMakesScansOfTheRealReportsAndCountsTheOcrPages() throws Exception {
        String noOcr = new org.ogiaudit.ingest.DocumentReader().ocrUnavailable();
        org.junit.jupiter.api.Assumptions.assumeTrue(noOcr == null, "tesseract with chi_sim is not installed: " + noOcr);
        org.junit.jupiter.api.Assumptions.assumeTrue(org.ogiaudit.cli.ScanCorpus.chineseFont(12) != null,
                "no font sets Chinese text here (apt-get install fonts-noto-cjk)");
        // the first two cases of a rule-test folder (a typed report set on a page, a scan rendered again): one page each
        Cli cli = Cli.run("bench", "--only", "scan", "--size", "2", "-j", "1", "--work", work.toString(),
                "--sources", "rules/tests/OGI-PERIOD-MISMATCH");
        assertEquals(0, cli.exit(), cli.err());
        List<Path> corpus;
        try (Stream<Path> files = Files.list(work.resolve("corpus-scan-2"))) {
            corpus = files.sorted().toList();
        }
        assertEquals(2, corpus.size());
        for (Path scan : corpus) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(scan.toFile())) {
                assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).isBlank(), "a scan has no text layer: " + scan);
            }
        }
        Matcher m = Pattern.compile("OCR: (\\d+) pages in [\\d.]+ s: [\\d.]+ pages/s").matcher(cli.out());
        assertTrue(m.find(), cli.out());
        assertEquals(2, Integer.parseInt(m.group(1)), "two one-page scans read: " + cli.out());
        assertTrue(cli.out().contains("(2 reports, 0 errors)"), cli.out());
    }
}
