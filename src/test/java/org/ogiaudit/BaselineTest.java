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
        // 绵阳市安州区 2018: FAIL OGI-PERIOD-MISSING (-5) and the advisory OGI-SEC-OTHER (no points), score 95
        String original = Files.readString(Pipeline.corpus("seeds/002_1714cd3d079ec93f.txt"), StandardCharsets.UTF_8);
        Path report = Files.writeString(tmp.resolve("report.txt"), original, StandardCharsets.UTF_8);
        Path baseline = tmp.resolve("baseline.json");

        JsonNode first = run(baseline, report, "--write-baseline", "--accept-rule", "OGI-PERIOD-MISSING", "--by", "李审核", "--why", "市级模板无此句");
        assertEquals(95, first.at("/reports/0/score").asInt(), "writing a baseline does not accept this run's findings retroactively");
        JsonNode stored = new ObjectMapper().readTree(baseline.toFile()).get("accepted");
        assertEquals(1, stored.size(), "only OGI-PERIOD-MISSING was accepted");
        assertTrue(stored.get(0).get("message").asText().startsWith("报告没有说明所列数据的统计期限"),
                "the baseline keeps the Chinese message its fingerprint is made of: " + stored.get(0));
        assertEquals("李审核", stored.get(0).get("by").asText());
        assertTrue(!stored.get(0).has("stale"));

        // an edit elsewhere shifts every line; the acceptance still holds
        String shifted = original.replaceFirst("\n", "\n\n首页 > 政务公开\n\n"); // after the title line
        assertNotEquals(original, shifted);
        Files.writeString(report, shifted, StandardCharsets.UTF_8);
        JsonNode second = run(baseline, report);
        assertEquals(100, second.at("/reports/0/score").asInt(), "the accepted OGI-PERIOD-MISSING deducts nothing");
        JsonNode period = null;
        for (JsonNode f : second.at("/reports/0/findings")) if (f.get("rule").asText().equals("OGI-PERIOD-MISSING")) period = f;
        assertEquals("市级模板无此句", period.at("/accepted/reason").asText());
        assertEquals(stored.get(0).get("fingerprint").asText(), period.get("fingerprint").asText());
        assertEquals(1, second.at("/summary/accepted").asInt());
        assertEquals(0, second.at("/summary/fail").asInt(), "accepted findings are counted apart");
        assertEquals(1, second.at("/summary/advisory").asInt(), "so are advisory ones");
        // the language of a run does not change what a finding is
        JsonNode english = run(baseline, report, "--lang", "en");
        assertEquals(1, english.at("/summary/accepted").asInt(), "an English run recognises the accepted finding");

        // the organ states its period: the acceptance is stale, reported, and kept on the next write
        Files.writeString(report, original.replace("特编制绵阳市安州区2018年政府信息公开工作年度报告",
                "特编制绵阳市安州区2018年政府信息公开工作年度报告。本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止"),
                StandardCharsets.UTF_8);
        JsonNode third = run(baseline, report, "--write-baseline", "--accept-rule", "NONE");
        assertEquals(1, third.at("/summary/staleBaselineEntries").size());
        assertEquals("OGI-PERIOD-MISSING", third.at("/summary/staleBaselineEntries/0/rule").asText());
        JsonNode kept = new ObjectMapper().readTree(baseline.toFile()).get("accepted");
        assertEquals(1, kept.size(), "re-running never drops an acceptance");
        assertTrue(kept.get(0).get("stale").asBoolean());
    }

    @Test
    void aDifferentFindingIsNotAcceptedByAnother() throws IOException {
        Path a = Files.copy(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), tmp.resolve("a.txt"));
        Path baseline = tmp.resolve("b.json");
        run(baseline, a, "--write-baseline");
        // the same rule (OGI-SEC-OTHER) on another organ's report is another finding
        JsonNode other = run(baseline, Pipeline.corpus("seeds/004_5dabd5b5935736db.txt"));
        for (JsonNode f : other.at("/reports/0/findings")) assertTrue(f.get("accepted").isNull(), f.toString());
        assertNotEquals(0, other.at("/reports/0/findings").size());
        assertEquals(0, other.at("/summary/accepted").asInt());
        assertEquals(0, other.at("/summary/staleBaselineEntries").size(), "entries of reports not checked in this run are not stale");
    }
}
