package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.score.Profile;
import org.ogiaudit.batch.Check;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.extract.Fingerprinter;
import org.ogiaudit.model.ReportDigest;
import org.ogiaudit.ingest.ReadOptions;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;

/** The cross-report phase on real reports: carry-over between years, copies, duplicates, and what the outputs show. */
class CrossReportTest {
    static final Path PT_2023 = Pipeline.CORPUS.resolve("dev/2023_平潭综合实验区管委会_pingtan.txt");
    static final Path PT_2024 = Pipeline.CORPUS.resolve("dev/2024_平潭综合实验区管委会_pingtan.txt");
    static final Path SHUYANG = Pipeline.REPORTS_IN.resolve("2023_沭阳县发展和改革局.html");

    @TempDir
    Path tmp;

    /** What a check of these files reported: each report's results and the cross-report findings. */
    record Run(List<AuditResult> results, List<CrossFinding> cross) {
        List<CrossFinding> about(String fileEnd, String rule) {
            return cross.stream().filter(f -> f.report().getFile().endsWith(fileEnd) && f.finding().getRule().equals(rule)).toList();
        }

        List<CrossFinding> ofRule(String rule) {
            return cross.stream().filter(f -> f.finding().getRule().equals(rule)).toList();
        }
    }

    static Run check(Path... files) throws Exception {
        List<AuditResult> results = new ArrayList<>();
        List<CrossFinding> cross = new ArrayList<>();
        Renderer collect = new Renderer() {
            @Override public void begin(RunInfo run) { }

            @Override public void report(AuditResult r) { results.add(r); }

            @Override public void cross(CrossFinding f) { cross.add(f); }

            @Override public void end(Tally tally) { }
        };
        List<String> args = new ArrayList<>();
        for (Path f : files) args.add(f.toString());
        new Check(Pipeline.rulebook(), new Check.Options(2, Duration.ofSeconds(120), ReadOptions.DEFAULTS, null, null, Profile.RECOMMENDED, true, null))
                .run(InputFiles.collect(args), 0, collect, r -> { });
        for (AuditResult r : results) assertTrue(r.isOk(), r.file() + ": " + r.error());
        return new Run(results, cross);
    }

    /** 2024's 上年结转 changed by one: "0000000" (all seven columns 0) becomes "1000001" (自然人 1, 总计 1). */
    Path pingtan2024ChangedByOne() throws IOException {
        String text = Files.readString(PT_2024, StandardCharsets.UTF_8);
        String before = "二、上年结转政府信息公开申请数量0000000";
        assertTrue(text.contains(before), "the real 2024 report carries 0 over in every column");
        Path out = tmp.resolve("2024_平潭综合实验区管委会_changed.txt");
        Files.writeString(out, text.replace(before, "二、上年结转政府信息公开申请数量1000001"), StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void theRealPingtanTablesAgreeAcrossTheYears() throws Exception {
        // read off the reports: 2023 "四、结转下年度继续办理0000000", 2024 "二、上年结转政府信息公开申请数量0000000"
        Fingerprinter fp = new Fingerprinter(Pipeline.rulebook().vocabulary());
        AuditResult y2023 = Pipeline.check(PT_2023).get(0);
        AuditResult y2024 = Pipeline.check(PT_2024).get(0);
        ReportDigest d2023 = fp.digest(y2023.facts(), y2023.text());
        ReportDigest d2024 = fp.digest(y2024.facts(), y2024.text());
        for (TableColumn c : List.of(TableColumn.NATURAL_PERSON, TableColumn.COMMERCIAL, TableColumn.TOTAL)) {
            assertEquals(0, d2023.cell(TableRow.T3_CARRIED_FORWARD, c).value().intValue(), c.getName());
            assertEquals(0, d2024.cell(TableRow.T3_CARRIED_OVER, c).value().intValue(), c.getName());
        }
        assertEquals(d2023.organKey(), d2024.organKey());

        Run run = check(PT_2023, PT_2024);
        assertTrue(run.cross().stream().noneMatch(f -> f.finding().getStatus() == Status.FAIL), run.cross().toString());
        assertTrue(run.ofRule("OGI-CROSS-CARRYOVER").isEmpty(), run.cross().toString());
    }

    @Test
    void twentyFourCarryingOverOneMoreThanTwentyThreeCarriedForwardFails() throws Exception {
        Run run = check(PT_2023, pingtan2024ChangedByOne());
        List<CrossFinding> f = run.about("_changed.txt", "OGI-CROSS-CARRYOVER");
        assertEquals(1, f.size(), run.cross().toString());
        CrossFinding c = f.get(0);
        assertEquals(Status.FAIL, c.finding().getStatus());
        assertEquals(5, c.finding().getDeducted());
        assertTrue(c.other().getFile().endsWith("2023_平潭综合实验区管委会_pingtan.txt"), c.other().getFile());
        assertEquals(2023, c.other().getYear());
        assertTrue(c.finding().getMessage().zh().contains("自然人 1≠0"), c.finding().getMessage().zh());
        assertTrue(c.finding().getMessage().en().contains("自然人 1≠0"), c.finding().getMessage().en());
        // both sides quoted with their own lines
        assertTrue(c.finding().getEvidence().stream().allMatch(e -> e.getLine() == 19 && e.getQuote().contains("1000001")), c.finding().getEvidence().toString());
        assertTrue(c.otherEvidence().stream().allMatch(e -> e.getLine() == 21 && e.getQuote().contains("结转下年度继续办理0000000")),
                c.otherEvidence().toString());
        assertTrue(run.about("2023_平潭综合实验区管委会_pingtan.txt", "OGI-CROSS-CARRYOVER").isEmpty());
    }

    /** The real 沭阳县发展和改革局 page with every 沭阳 made 泗阳, published eight days later. */
    Path shuyangCopiedBySiyang() throws IOException {
        String html = Files.readString(SHUYANG, StandardCharsets.UTF_8);
        assertTrue(html.contains("2024-01-17"), "the page's 公开日期");
        Path out = tmp.resolve("2023_泗阳县发展和改革局.html");
        Files.writeString(out, html.replace("沭阳", "泗阳").replace("2024-01-17", "2024-01-25"), StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void aReportRepeatingAnotherOrgansReportOfTheSameYearIsACopy() throws Exception {
        Run run = check(SHUYANG, shuyangCopiedBySiyang());
        List<CrossFinding> copy = run.about("2023_泗阳县发展和改革局.html", "OGI-CROSS-COPY");
        assertEquals(1, copy.size(), run.cross().toString());
        CrossFinding c = copy.get(0);
        assertEquals(Status.FAIL, c.finding().getStatus());
        assertEquals("沭阳县发展和改革局", c.other().getOrgan());
        assertFalse(c.finding().getEvidence().isEmpty());
        assertEquals(c.finding().getEvidence().size(), c.otherEvidence().size(), "each shared sentence quoted on both sides");
        // quoted as printed, names and all: the copy's sentences say 泗阳 where the original's say 沭阳, on the same lines
        assertTrue(c.finding().getEvidence().stream().anyMatch(e -> e.getQuote().contains("泗阳")), c.finding().getEvidence().toString());
        assertTrue(c.otherEvidence().stream().anyMatch(e -> e.getQuote().contains("沭阳")), c.otherEvidence().toString());
        for (int i = 0; i < c.otherEvidence().size(); i++) {
            assertEquals(c.otherEvidence().get(i).getLine(), c.finding().getEvidence().get(i).getLine());
        }
        // the original repeats nothing: it was published first
        assertTrue(run.about("2023_沭阳县发展和改革局.html", "OGI-CROSS-COPY").isEmpty(), run.cross().toString());
        assertTrue(run.ofRule("OGI-CROSS-DUPLICATE").isEmpty(), "another organ's name on the same text is a copy, not a duplicate");
    }

    @Test
    void unrelatedReportsAreNoCopies() throws Exception {
        Run run = check(SHUYANG, PT_2023, Path.of("src/test/resources/devset/233_南京市江宁区人民政府办公室_2023.txt"),
                Path.of("src/test/resources/devset/224_上海市人民政府_2023.txt"), Pipeline.REPORTS_IN.resolve("2024_淮安市人民政府.pdf"));
        assertTrue(run.ofRule("OGI-CROSS-COPY").isEmpty(), run.cross().toString());
        assertTrue(run.ofRule("OGI-CROSS-DUPLICATE").isEmpty(), run.cross().toString());
    }

    @Test
    void theSameReportTwiceIsCountedOnceInTheRanking() throws Exception {
        Path again = tmp.resolve("again.txt");
        Files.copy(PT_2023, again);
        Run run = check(PT_2023, again);
        List<CrossFinding> dup = run.about("again.txt", "OGI-CROSS-DUPLICATE");
        assertEquals(1, dup.size(), run.cross().toString());
        assertEquals(0, dup.get(0).finding().getDeducted(), "info: it deducts nothing");
        assertTrue(run.ofRule("OGI-CROSS-COPY").isEmpty(), run.cross().toString());

        Path json = tmp.resolve("r.json");
        Cli cli = Cli.run("check", "--format", "json", "--out", json.toString(), PT_2023.toString(), again.toString());
        assertEquals(0, cli.exit(), cli.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode ranking = root.get("ranking");
        assertEquals(2, ranking.size());
        for (JsonNode k : ranking) {
            if (k.get("file").asText().endsWith("again.txt")) {
                assertTrue(k.get("rank").isNull(), "the second copy is not ranked");
                assertTrue(k.get("marks").toString().contains("duplicate"), k.toString());
                assertTrue(k.get("duplicateOf").asText().endsWith("2023_平潭综合实验区管委会_pingtan.txt"), k.toString());
            } else {
                assertEquals(1, k.get("rank").asInt());
            }
        }
    }

    @Test
    void theJsonOfACrossFindingNamesBothReportsAndTheRankingDeductsIt() throws Exception {
        Path changed = pingtan2024ChangedByOne();
        Path json = tmp.resolve("r.json");
        Cli cli = Cli.run("check", "--format", "json", "--out", json.toString(), PT_2023.toString(), changed.toString());
        assertEquals(0, cli.exit(), cli.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode cross = root.get("crossReport");
        assertEquals(1, cross.size(), cross.toString());
        JsonNode f = cross.get(0);
        assertEquals("OGI-CROSS-CARRYOVER", f.get("rule").asText());
        assertEquals("FAIL", f.get("status").asText());
        assertTrue(f.at("/report/file").asText().endsWith("_changed.txt"));
        assertEquals(2024, f.at("/report/reportYear").asInt());
        assertTrue(f.at("/other/file").asText().endsWith("2023_平潭综合实验区管委会_pingtan.txt"));
        assertEquals(2023, f.at("/other/reportYear").asInt());
        assertEquals("平潭综合实验区管委会", f.at("/other/organ").asText());
        assertEquals(21, f.at("/otherEvidence/0/line").asInt());
        assertEquals(19, f.at("/evidence/0/line").asInt());
        int own = 0;
        for (JsonNode r : root.get("reports")) if (r.get("file").asText().endsWith("_changed.txt")) own = r.get("score").asInt();
        for (JsonNode k : root.get("ranking")) {
            if (k.get("file").asText().endsWith("_changed.txt")) {
                assertEquals(5, k.get("crossDeducted").asInt());
                assertEquals(Math.max(0, own - 5), k.get("score").asInt(), "the ranking's score is the report's own less its cross-report FAILs");
            }
        }
    }

    @Test
    void anOrgansPageShowsItsYearsSideBySideAndACopyLinksBothReports() throws Exception {
        Path site = tmp.resolve("site");
        Cli cli = Cli.run("check", "--format", "html", "--out", site.toString(), PT_2023.toString(), pingtan2024ChangedByOne().toString(),
                SHUYANG.toString(), shuyangCopiedBySiyang().toString());
        assertEquals(0, cli.exit(), cli.err());
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        String pingtanPage = null;
        for (var a : index.select("a.years")) {
            if (a.parent().text().contains("平潭综合实验区管委会")) pingtanPage = a.attr("href");
        }
        assertNotNull(pingtanPage, "the overview links the organ's page");
        Document organ = Jsoup.parse(site.resolve(pingtanPage).toFile(), "UTF-8");
        String years = organ.select("table.years thead").text();
        assertTrue(years.contains("2023年度") && years.contains("2024年度"), years);
        assertTrue(organ.select("table.years").text().contains("不合格"), "the carry-over FAIL shows in the 2024 column");
        assertEquals(1, organ.select(".finding[data-rule=OGI-CROSS-CARRYOVER]").size());

        String siyangPage = null;
        for (var a : index.select("a.years")) if (a.parent().text().contains("泗阳县发展和改革局")) siyangPage = a.attr("href");
        assertNotNull(siyangPage);
        Document siyang = Jsoup.parse(site.resolve(siyangPage).toFile(), "UTF-8");
        var copy = siyang.select(".finding[data-rule=OGI-CROSS-COPY]");
        assertEquals(1, copy.size());
        var reports = copy.select("a.report");
        assertEquals(2, reports.size(), "both reports linked");
        for (var a : reports) assertTrue(Files.exists(site.resolve("organs").resolve(a.attr("href")).normalize()), a.attr("href"));
        assertTrue(copy.select("a[href*=#L]").size() >= 2, "quotes link to their lines on both sides");
    }

    /**
     * A year-to-year difference in table 三 is a FAIL only when both cells were typed: a cell OCR read from a picture
     * (and no typed text confirms) makes it UNCERTAIN, since digits are OCR's commonest misreading.
     */
    @Test
    void aCarryOverDifferenceOnACellReadByOcrIsUncertainNotFail() {
        org.ogiaudit.rules.CrossAuditor auditor = new org.ogiaudit.rules.CrossAuditor(Pipeline.rulebook());
        org.ogiaudit.model.CrossReport y2024 = new org.ogiaudit.model.CrossReport("a/2024.txt", 1, "平潭综合实验区管委会",
                "平潭综合实验区管委会", "350128", org.ogiaudit.model.OrganKind.GOVERNMENT, 2024, null, false, null, 0);
        org.ogiaudit.model.CrossReport y2023 = new org.ogiaudit.model.CrossReport("a/2023.txt", 1, "平潭综合实验区管委会",
                "平潭综合实验区管委会", "350128", org.ogiaudit.model.OrganKind.GOVERNMENT, 2023, null, false, null, 1);
        for (boolean ocr : new boolean[] {false, true}) {
            org.ogiaudit.model.TableCell over = new org.ogiaudit.model.TableCell(TableRow.T3_CARRIED_OVER, TableColumn.NATURAL_PERSON,
                    "二、上年结转政府信息公开申请数量", java.math.BigDecimal.ONE, "1", false, true, org.ogiaudit.model.CellReading.CELL,
                    null, 19, "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", ocr, null);
            org.ogiaudit.model.TableCell forward = new org.ogiaudit.model.TableCell(TableRow.T3_CARRIED_FORWARD, TableColumn.NATURAL_PERSON,
                    "四、结转下年度继续办理", java.math.BigDecimal.ZERO, "0", false, true, org.ogiaudit.model.CellReading.CELL,
                    null, 21, "四、结转下年度继续办理 0 0 0 0 0 0 0", false, null);
            org.ogiaudit.model.Carryover c = new org.ogiaudit.model.Carryover(y2024, y2023, org.ogiaudit.model.OrganMatch.SAME,
                    List.of(new org.ogiaudit.model.Carryover.Column(TableColumn.NATURAL_PERSON, over, forward)), true);
            List<CrossFinding> found = auditor.audit(y2024, List.of(c)).stream()
                    .filter(f -> f.finding().getRule().equals("OGI-CROSS-CARRYOVER")).toList();
            assertEquals(1, found.size(), found.toString());
            assertEquals(ocr ? Status.UNCERTAIN : Status.FAIL, found.get(0).finding().getStatus(), "read by OCR: " + ocr);
            if (ocr) assertTrue(found.get(0).finding().getMessage().zh().contains("OCR"), found.get(0).finding().getMessage().zh());
        }
    }
}
