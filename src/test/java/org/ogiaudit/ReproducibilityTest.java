package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same batch gives the same bytes in every run: three separate JVMs check reports-in/ and the test corpus and write
 * JSON, JSON Lines, CSV and the HTML site; every file must be identical. A finding accepted in a baseline by the first
 * run stays accepted in the other two.
 */
class ReproducibilityTest {
    @TempDir
    Path tmp;

    @Test
    void threeSeparateRunsWriteIdenticalOutputsAndKeepABaselineAccepted() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        String reports = project.resolve("reports-in").toString();
        String corpus = project.resolve(Pipeline.CORPUS).toString();
        Path baseline = tmp.resolve("baseline.json");
        List<TreeMap<String, byte[]>> runs = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            Path out = Files.createDirectories(tmp.resolve("run" + run));
            List<String> args = new ArrayList<>();
            for (String format : List.of("json", "jsonl", "csv")) {
                args.addAll(List.of("check", "--format", format, "--out", out.resolve("r." + format).toString(), reports, corpus,
                        SeparateJvm.NEXT));
            }
            args.addAll(List.of("check", "--format", "html", "--out", out.resolve("site").toString(), reports, corpus, SeparateJvm.NEXT));
            // the first run accepts every finding of reports-in; the others check against that baseline
            args.addAll(List.of("check", "--format", "json", "--out", out.resolve("with-baseline.json").toString(),
                    "--baseline", baseline.toString()));
            if (run == 1) args.add("--write-baseline");
            args.add(reports);
            assertEquals(0, SeparateJvm.run(project, args), "run " + run + " failed");
            runs.add(files(out));
        }
        assertTrue(runs.get(0).size() > 10, "the outputs and the site's pages: " + runs.get(0).keySet());
        for (int run = 1; run < 3; run++) {
            assertEquals(runs.get(0).keySet(), runs.get(run).keySet());
            for (String name : runs.get(0).keySet()) {
                if (name.equals("with-baseline.json")) continue; // the first run wrote the baseline, the others used it
                assertArrayEquals(runs.get(0).get(name), runs.get(run).get(name), name + " differs between run 1 and run " + (run + 1));
            }
        }
        assertArrayEquals(runs.get(1).get("with-baseline.json"), runs.get(2).get("with-baseline.json"));

        JsonNode stored = new ObjectMapper().readTree(baseline.toFile()).get("accepted");
        assertTrue(stored.size() > 10, "every finding of reports-in was accepted: " + stored.size());
        for (int run = 2; run <= 3; run++) {
            JsonNode r = new ObjectMapper().readTree(tmp.resolve("run" + run).resolve("with-baseline.json").toFile());
            assertEquals(stored.size(), r.at("/summary/accepted").asInt(), "run " + run + ": every accepted finding is recognised");
            assertEquals(0, r.at("/summary/staleBaselineEntries").size(), "run " + run + ": no entry turned stale");
            assertEquals(0, r.at("/summary/fail").asInt(), "run " + run);
        }
    }

    /** Every file under {@code dir} by its relative path. */
    private static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
