package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervising office accepts findings once and they stay accepted across re-runs and edits. */
class BaselineTest {
    @TempDir
    Path tmp;

    private JsonNode run(Path baseline, Path report, String... extra) throws IOException {
        Path out = tmp.resolve("out-" + System.nanoTime() + ".json");
        String[] args = new String[8 + extra.length];
        args[0] = "check"; args[1] = "--baseline"; args[2] = baseline.toString(); args[3] = "--format"; args[4] = "json";
        args[5] = "--out"; args[6] = out.toString();
        System.arraycopy(extra, 0, args, 7, extra.length);
        args[args.length - 1] = report.toString();
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exit(), cli.err());
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void acceptedFindingsSurviveEditsElsewhereAndStaleOnesAreReported() throws IOException {
        // 绵阳市安州区 2018: FAIL OGI-PERIOD-MISSING (-5) and OGI-SEC-OTHER (-2), score 93
        String original = Files.readString(Pipeline.corpus("seeds/002_1714cd3d079ec93f.txt"), StandardCharsets.UTF_8);
        Path report = Files.writeString(tmp.resolve("report.txt"), original, StandardCharsets.UTF_8);
        Path baseline = tmp.resolve("baseline.json");

        JsonNode first = run(baseline, report, "--write-baseline", "--accept-rule", "OGI-SEC-OTHER", "--by", "李审核", "--why", "市级模板无此部分");
        assertEquals(93, first.at("/reports/0/score").asInt(), "writing a baseline does not accept this run's findings retroactively");
        JsonNode stored = new ObjectMapper().readTree(baseline.toFile()).get("accepted");
        assertEquals(1, stored.size(), "only OGI-SEC-OTHER was accepted");
        assertEquals("李审核", stored.get(0).get("by").asText());
        assertTrue(!stored.get(0).has("stale"));

        // an edit elsewhere shifts every line; the acceptance still holds
        String shifted = original.replaceFirst("\n", "\n\n首页 > 政务公开\n\n"); // after the title line
        assertNotEquals(original, shifted);
        Files.writeString(report, shifted, StandardCharsets.UTF_8);
        JsonNode second = run(baseline, report);
        assertEquals(95, second.at("/reports/0/score").asInt(), "100 − 5 (OGI-PERIOD-MISSING): the accepted OGI-SEC-OTHER deducts nothing");
        JsonNode other = null;
        for (JsonNode f : second.at("/reports/0/findings")) if (f.get("rule").asText().equals("OGI-SEC-OTHER")) other = f;
        assertEquals("市级模板无此部分", other.at("/accepted/reason").asText());
        assertEquals(stored.get(0).get("fingerprint").asText(), other.get("fingerprint").asText());
        assertEquals(1, second.at("/summary/accepted").asInt());
        assertEquals(1, second.at("/summary/fail").asInt(), "accepted findings are counted apart");

        // the organ adds the missing section: the acceptance is stale, reported, and kept on the next write
        Files.writeString(report, original + "\n  七、其他需要报告的事项\n\n  无。\n", StandardCharsets.UTF_8);
        JsonNode third = run(baseline, report, "--write-baseline", "--accept-rule", "NONE");
        assertEquals(1, third.at("/summary/staleBaselineEntries").size());
        assertEquals("OGI-SEC-OTHER", third.at("/summary/staleBaselineEntries/0/rule").asText());
        JsonNode kept = new ObjectMapper().readTree(baseline.toFile()).get("accepted");
        assertEquals(1, kept.size(), "re-running never drops an acceptance");
        assertTrue(kept.get(0).get("stale").asBoolean());
    }

    @Test
    void aDifferentFindingIsNotAcceptedByAnother() throws IOException {
        Path a = Files.copy(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), tmp.resolve("a.txt"));
        Path baseline = tmp.resolve("b.json");
        run(baseline, a, "--write-baseline");
        // the same rule on another organ's report is another finding
        JsonNode other = run(baseline, Pipeline.corpus("seeds/004_5dabd5b5935736db.txt"));
        for (JsonNode f : other.at("/reports/0/findings")) assertTrue(f.get("accepted").isNull(), f.toString());
        assertNotEquals(0, other.at("/summary/fail").asInt());
        assertEquals(0, other.at("/summary/staleBaselineEntries").size(), "entries of reports not checked in this run are not stale");
    }
}
