package org.ogiaudit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogiaudit.extract.FactExtractor;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.IngestException;
import org.ogiaudit.ingest.SourceDocument;

/**
 * Fuzzes the text and HTML readers and every extractor (headings, tables, breakdowns, dates): any input must give
 * facts or an {@link IngestException}, never another exception. Every test run replays the seeds in
 * src/test/resources/org/ogiaudit/fuzz/ExtractorFuzzTestInputs (corpus excerpts and past crashes); .ci/run also
 * fuzzes for a bounded time with JAZZER_FUZZ=1.
 */
class ExtractorFuzzTest {
    private static final org.ogiaudit.ingest.DocumentReader READER = new org.ogiaudit.ingest.DocumentReader();
    /** The extractor with the shipped vocabulary; it reads every table too. */
    private static final FactExtractor EXTRACTOR = new FactExtractor(org.ogiaudit.Pipeline.rulebook().vocabulary());

    @FuzzTest(maxDuration = "60s")
    void textAndHtmlNeverCrashTheExtractors(byte[] data) throws Exception {
        check(data, ".txt");
        check(data, ".html");
    }

    private static void check(byte[] data, String ext) throws Exception {
        Path f = Files.createTempFile("fuzz", ext);
        try {
            Files.write(f, data);
            SourceDocument doc;
            try {
                doc = READER.read(f, f.toString());
            } catch (IngestException e) {
                return; // a clear refusal is a valid answer
            }
            EXTRACTOR.extract(doc);
        } finally {
            Files.deleteIfExists(f);
        }
    }

}
