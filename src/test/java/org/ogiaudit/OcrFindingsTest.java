package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.ogiaudit.extract.FactExtractor;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.render.Format;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.rules.Auditor;

/**
 * Lines read by OCR, as facts, evidence and findings. The real reports are read as they are and then told that some of
 * their lines came from pictures (what the PDF and web page readers record for a scan or a table published as an
 * image), so that each rule's two outcomes are compared on the very same text; the OCR itself is tested in
 * {@code ingest.OcrTest} and the scans of every real report in {@code ingest.FormatRoundTripTest}.
 */
class OcrFindingsTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(Pipeline.rulebook().vocabulary());
    private static final Auditor AUDITOR = new Auditor(Pipeline.rulebook());

    private static SourceDocument read(Path file) throws Exception {
        return new DocumentReader().read(file, file.toString());
    }

    /** {@code doc} with the body lines that {@code which} names (1-based) recorded as read by OCR. */
    static SourceDocument byOcr(SourceDocument doc, IntPredicate which) {
        Set<Integer> lines = new TreeSet<>();
        for (int n = doc.bodyStart() + 1; n <= doc.lines().size(); n++) if (which.test(n)) lines.add(n);
        return new SourceDocument(doc.file(), doc.format(), doc.charset(), doc.lines(), doc.metadata(), doc.bodyStart(),
                doc.notes(), new TreeSet<>(lines), 1);
    }

    static SourceDocument allByOcr(SourceDocument doc) {
        return byOcr(doc, n -> true);
    }

    /** {@code doc} with {@code from} replaced by {@code to} on the one line holding it. */
    static SourceDocument edited(SourceDocument doc, String from, String to) {
        List<String> lines = new ArrayList<>(doc.lines());
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replace(from, to));
                found++;
            }
        }
        assertEquals(1, found, "one line holds " + from);
        return new SourceDocument(doc.file(), doc.format(), doc.charset(), List.copyOf(lines), doc.metadata(), doc.bodyStart(),
                doc.notes(), doc.ocrLines(), doc.ocrPages());
    }

    private static ReportFacts facts(SourceDocument doc) {
        List<ReportFacts> all = EXTRACTOR.extract(doc);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static List<Finding> audit(SourceDocument doc) throws Exception {
        return AUDITOR.audit(facts(doc));
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    private static Set<String> failing(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) if (f.getStatus() == Status.FAIL) out.add(f.getRule());
        return out;
    }

    /** The rule FAILs on the typed text and is only UNCERTAIN, quoting the same lines, when they were read by OCR. */
    private static void failsTypedUncertainByOcr(SourceDocument typed, SourceDocument scanned, String rule) throws Exception {
        List<Finding> t = of(audit(typed), rule);
        List<Finding> s = of(audit(scanned), rule);
        assertTrue(t.stream().anyMatch(f -> f.getStatus() == Status.FAIL), rule + " fails on the typed text: " + t);
        assertFalse(s.isEmpty(), rule + " still speaks on the text read by OCR");
        assertTrue(s.stream().allMatch(f -> f.getStatus() == Status.UNCERTAIN), rule + " never FAILs on OCR: " + s);
        Set<Integer> typedLines = new TreeSet<>();
        for (Finding f : t) for (Evidence e : f.getEvidence()) typedLines.add(e.getLine());
        Set<Integer> ocrLines = new TreeSet<>();
        for (Finding f : s) {
            for (Evidence e : f.getEvidence()) {
                ocrLines.add(e.getLine());
                assertTrue(e.isReadByOcr() || e.getLine() == 0, "evidence says it was read by OCR: " + e);
            }
            assertTrue(f.getMessage().contains("OCR"), "the message says why it is uncertain: " + f.getMessage());
        }
        assertTrue(ocrLines.containsAll(typedLines), rule + " quotes the lines it would have failed on: " + typedLines + " in " + ocrLines);
    }

    /** The lines of the unified tables: from the one naming 第二十条 to the one opening 行政复议, 行政诉讼 (both in). */
    static IntPredicate tableLines(SourceDocument doc) {
        int from = 0;
        int to = 0;
        for (int i = 0; i < doc.lines().size(); i++) {
            if (from == 0 && doc.lines().get(i).contains("第二十条")) from = i + 1;
            if (from > 0 && to == 0 && doc.lines().get(i).contains("行政复议、行政诉讼情况")) to = i + 1;
        }
        assertTrue(from > 0 && to > from, "the tables stand on lines " + from + ".." + to);
        int first = from;
        int last = to;
        return n -> n >= first && n <= last;
    }

    @Test
    void factsAndEvidenceKnowWhichLinesWereReadByOcr() throws Exception {
        // 平潭 2021: its tables as pictures (lines 17-22, as a page whose tables are images read by OCR)
        SourceDocument typed = read(Pipeline.REPORTS_IN.resolve("2021_平潭综合实验区管委会_pingtan.txt"));
        ReportFacts plain = facts(typed);
        ReportFacts mixed = facts(byOcr(typed, tableLines(typed)));
        assertTrue(plain.getTableCells().stream().filter(TableCell::isKnown).count() > 50);
        assertTrue(plain.getTableCells().stream().noneMatch(TableCell::isReadByOcr));
        assertTrue(mixed.getTableCells().stream().filter(TableCell::isKnown).allMatch(TableCell::isReadByOcr),
                "every cell read stands on a table line read by OCR");
        assertTrue(mixed.getTableCells().stream().filter(TableCell::isKnown).allMatch(c -> c.getEvidence().isReadByOcr()));
        assertFalse(mixed.getStatisticsPeriod().isReadByOcr(), "the period statement is typed text");
        assertFalse(mixed.getReport().isYearReadByOcr());
        assertTrue(mixed.getReport().isTextReadByOcr());
        assertFalse(plain.getReport().isTextReadByOcr());

        ReportFacts scan = facts(allByOcr(typed));
        assertTrue(scan.getStatisticsPeriod().isReadByOcr());
        assertTrue(scan.getSections().stream().allMatch(s -> s.getEvidence().isReadByOcr()));
        // the crawler's header (标题:, line 1) is typed page metadata, not a picture: the year rests on it
        assertFalse(scan.getReport().isYearReadByOcr());
        assertTrue(scan.getYearClaims().stream().anyMatch(c -> c.getSource() == org.ogiaudit.model.YearClaim.Source.TITLE && !c.isReadByOcr()));
    }

    @Test
    void aYearNamedOnceAndReadByOcrRestsOnOcr() throws Exception {
        // 阿拉山口市 2013: the title (line 6) and the period statement (line 10) name 2013: two readings of four digits do
        // not err alike; with the period statement gone, the title alone names it
        SourceDocument typed = read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt"));
        ReportFacts twice = facts(allByOcr(typed));
        assertEquals(2, twice.getYearClaims().stream().filter(c -> c.getYear() == 2013 && c.isReadByOcr()).count(), twice.getYearClaims().toString());
        assertFalse(twice.getReport().isYearReadByOcr());
        SourceDocument noPeriod = edited(typed, "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。", "");
        ReportFacts once = facts(allByOcr(noPeriod));
        assertEquals(2013, once.getReport().getReportYear());
        assertTrue(once.getReport().isYearReadByOcr(), once.getYearClaims().toString());
        assertFalse(facts(noPeriod).getReport().isYearReadByOcr(), "typed, it is read as written");
    }

    @Test
    void tableTotalsReadByOcrAreUncertain() throws Exception {
        // 平潭 2020: (七)总计 is not the sum of the result rows, and the 2602 条 of the prose are 2603 in their parts
        SourceDocument pingtan = read(Pipeline.CORPUS.resolve("dev/2020_平潭综合实验区管委会_pingtan.txt"));
        failsTypedUncertainByOcr(pingtan, allByOcr(pingtan), "OGI-TOTAL-T3-RESULTS");
        failsTypedUncertainByOcr(pingtan, allByOcr(pingtan), "OGI-TOTAL-BREAKDOWN");
        // 洪泽区 2023 (a text PDF): a table 四 group's 总计 is not the sum of its results
        SourceDocument hongze = read(Pipeline.CORPUS.resolve("pdf/2023_淮安市洪泽区人民政府.pdf"));
        failsTypedUncertainByOcr(hongze, allByOcr(hongze), "OGI-TOTAL-T4");
        // 朝阳区 2012: the appendix gives 公开信息总数 twice with two values
        SourceDocument chaoyang = read(Pipeline.REPORTS_IN.resolve("000_4a8c81c2fb3c47ba.txt"));
        failsTypedUncertainByOcr(chaoyang, allByOcr(chaoyang), "OGI-TOTAL-LEGACY");
    }

    @Test
    void aCellReadByOcrConfirmedByTypedTextNoLongerRestsOnOcr() throws Exception {
        // 平潭 2020 says "共受理政府信息公开申请21件" in typed prose; its table 三 read by OCR has 本年新收 总计 21
        SourceDocument pingtan = read(Pipeline.CORPUS.resolve("dev/2020_平潭综合实验区管委会_pingtan.txt"));
        ReportFacts mixed = facts(byOcr(pingtan, tableLines(pingtan)));
        TableCell received = mixed.getTableCells().stream()
                .filter(c -> c.getRow() == TableRow.T3_NEW && c.getColumn() == TableColumn.TOTAL).findFirst().orElseThrow();
        assertTrue(received.isReadByOcr(), received.getEvidence().toString());
        assertEquals(21, received.getCount());
        assertNotNull(received.getConfirmation());
        assertTrue(received.getConfirmation().getQuote().contains("21件"), received.getConfirmation().getQuote());
        assertFalse(received.isRestsOnOcr());
        TableCell other = mixed.getTableCells().stream()
                .filter(c -> c.getRow() == TableRow.T3_CARRIED_OVER && c.getColumn() == TableColumn.TOTAL).findFirst().orElseThrow();
        assertNull(other.getConfirmation(), "the text states no figure carried over");
        assertTrue(other.isRestsOnOcr());
    }

    @Test
    void aPeriodReadByOcrIsUncertain() throws Exception {
        // 阿拉山口市 2013 (line 10: "统计期限自2013年1月1日起至2013年12月31日止") with the misreading the scans showed:
        // "年1月" read as "年11月"
        SourceDocument typed = edited(read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt")),
                "自2013年1月1日起", "自2013年11月1日起");
        failsTypedUncertainByOcr(typed, allByOcr(typed), "OGI-PERIOD-MISMATCH");
        // the period alone read by OCR is enough
        failsTypedUncertainByOcr(typed, byOcr(typed, n -> typed.lines().get(n - 1).contains("统计期限")), "OGI-PERIOD-MISMATCH");
    }

    @Test
    void aTitleYearReadByOcrIsUncertain() throws Exception {
        // the title (line 6) read as 2018: the period says 2013
        SourceDocument typed = edited(read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt")),
                "阿拉山口市2013年政府信息公开年度报告", "阿拉山口市2018年政府信息公开年度报告");
        failsTypedUncertainByOcr(typed, allByOcr(typed), "OGI-YEAR-MISMATCH");
    }

    @Test
    void aPublicationDateReadByOcrIsUncertain() throws Exception {
        // "发布时间:2014年01月10日" (line 8) read as April: after the 31 March deadline of a 2013 report
        SourceDocument typed = edited(read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt")),
                "发布时间:2014年01月10日", "发布时间:2014年04月10日");
        assertEquals("2014-04-10", String.valueOf(facts(typed).getReport().getPublishedOn()));
        failsTypedUncertainByOcr(typed, byOcr(typed, n -> typed.lines().get(n - 1).contains("发布时间")), "OGI-DEADLINE");
        SourceDocument early = edited(read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt")),
                "发布时间:2014年01月10日", "发布时间:2013年01月10日");
        failsTypedUncertainByOcr(early, byOcr(early, n -> early.lines().get(n - 1).contains("发布时间")), "OGI-PUBDATE-IMPLAUSIBLE");
    }

    private static SourceDocument publishedOn(SourceDocument doc, String date) {
        return doc.withMetadata(new Manifest.Entry(null, null, null, null, java.time.LocalDate.parse(date), date).asMetadata());
    }

    @Test
    void aTypedDateAgainstAYearTheOcrTextNamesMostIsUncertain() throws Exception {
        // 朝阳区 2012 published on 10 April 2013 as a crawler's manifest says (typed). It has no title: its year is the one
        // its text names most, and that text read by OCR may be misread
        SourceDocument typed = publishedOn(read(Pipeline.REPORTS_IN.resolve("000_4a8c81c2fb3c47ba.txt")), "2013-04-10");
        ReportFacts scan = facts(allByOcr(typed));
        assertFalse(scan.getReport().isPublishedOnReadByOcr(), "a manifest is typed");
        assertTrue(scan.getYearClaims().isEmpty());
        assertTrue(scan.getReport().isYearReadByOcr());
        failsTypedUncertainByOcr(typed, allByOcr(typed), "OGI-DEADLINE");
    }

    @Test
    void aTypedDateAgainstAYearReadTwiceByOcrStillFails() throws Exception {
        // 阿拉山口市 2013 published on 10 April 2014 (a manifest): its title and its period, read by OCR, both name 2013
        SourceDocument typed = publishedOn(read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt")), "2014-04-10");
        assertTrue(failing(audit(typed)).contains("OGI-DEADLINE"));
        List<Finding> scan = of(audit(allByOcr(typed)), "OGI-DEADLINE");
        assertEquals(List.of(Status.FAIL), scan.stream().map(Finding::getStatus).toList(), scan.toString());
        assertEquals("manifest published_on: 2014-04-10", scan.get(0).getEvidence().get(0).getQuote());
    }

    @Test
    void anAbsenceInATextReadByOcrIsUncertain() throws Exception {
        // 阿拉山口市 2013 has no 其他需要报告的事项: a heading on a scan may have been misread
        SourceDocument typed = read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt"));
        failsTypedUncertainByOcr(typed, allByOcr(typed), "OGI-SEC-OTHER");
    }

    @Test
    void jsonTerminalAndPageMarkQuotesReadByOcr() throws Exception {
        SourceDocument typed = read(Pipeline.REPORTS_IN.resolve("001_a2083c6fc5a72fbe.txt"));
        SourceDocument scan = allByOcr(typed);
        ReportFacts facts = facts(scan);
        List<Finding> findings = AUDITOR.audit(facts);
        AuditResult result = new AuditResult(scan.file(), 1, null, facts, scan.lines(), findings, AUDITOR.checks(facts, findings),
                new org.ogiaudit.score.Scorer().score(findings));
        String json = render(Format.JSON, result, org.ogiaudit.model.Lang.ZH);
        assertTrue(json.contains("\"ocr\" : true"), json);
        String text = render(Format.TEXT, result, org.ogiaudit.model.Lang.ZH);
        assertTrue(text.contains("〔OCR〕："), text);
        String english = render(Format.TEXT, result, org.ogiaudit.model.Lang.EN);
        assertTrue(english.contains("[OCR]: "), english);
        ReportFacts plainFacts = facts(typed);
        List<Finding> plain = AUDITOR.audit(plainFacts);
        AuditResult typedResult = new AuditResult(typed.file(), 1, null, plainFacts, typed.lines(), plain,
                AUDITOR.checks(plainFacts, plain), new org.ogiaudit.score.Scorer().score(plain));
        assertFalse(render(Format.JSON, typedResult, org.ogiaudit.model.Lang.ZH).contains("\"ocr\""), "typed text carries no OCR mark");
        assertFalse(render(Format.TEXT, typedResult, org.ogiaudit.model.Lang.ZH).contains("〔OCR〕"));
    }

    private static String render(Format format, AuditResult r, org.ogiaudit.model.Lang lang) throws Exception {
        StringWriter w = new StringWriter();
        Renderer renderer = format.renderer(w, false, lang);
        renderer.begin(new org.ogiaudit.render.RunInfo("test", "rules", "0".repeat(64), 1, "ogi-score/1",
                org.ogiaudit.score.Profile.RECOMMENDED, 1));
        renderer.report(r);
        renderer.end(new org.ogiaudit.render.Tally());
        return w.toString();
    }
}
