package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/**
 * Each shipped rule fires on a real report changed in one place, with the right status and evidence, and stays quiet
 * on the unchanged report. Most rules never fire on the corpus as it is (no corpus report is late, for one), so these
 * edits are their only proof.
 */
class RuleMutationTest {
    @TempDir
    Path tmp;

    /** The 2024 平潭 report (a government, 2021 format, published 2025-03-10, no FAIL as published). */
    private static final String PINGTAN_2024 = "dev/2024_平潭综合实验区管委会_pingtan.txt";
    /** 沭阳县发改局 2023 (a department, published 2024-01-17, no findings as published). */
    private static final String SHUYANG_2023 = "dev/2023_沭阳县发展和改革局.html";
    /** 阿拉山口市 2013 (2007 Regulations, published 2014-01-10; only OGI-SEC-OTHER as published). */
    private static final String ARALA_2013 = "seeds/001_a2083c6fc5a72fbe.txt";

    private AuditResult mutate(String corpusFile, String from, String to) throws IOException {
        Path src = Pipeline.corpus(corpusFile);
        String text = Files.readString(src, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the corpus text no longer contains: " + from);
        String changed = text.replace(from, to);
        assertNotEquals(text, changed);
        Path out = tmp.resolve(src.getFileName());
        Files.writeString(out, changed, StandardCharsets.UTF_8);
        List<AuditResult> results = Pipeline.check(out);
        assertEquals(1, results.size());
        assertTrue(results.get(0).isOk(), String.valueOf(results.get(0).error()));
        return results.get(0);
    }

    private static Set<String> fails(AuditResult r) {
        return r.findings().stream().filter(f -> f.getStatus() == Status.FAIL).map(Finding::getRule).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Finding only(AuditResult r, String rule) {
        List<Finding> fs = r.findings().stream().filter(f -> f.getRule().equals(rule)).toList();
        assertEquals(1, fs.size(), rule + " in " + r.findings());
        return fs.get(0);
    }

    @Test
    void unchangedReportsAreClean() {
        assertEquals(Set.of(), fails(Pipeline.check(Pipeline.corpus(PINGTAN_2024)).get(0)));
        assertEquals(Set.of(), fails(Pipeline.check(Pipeline.corpus(SHUYANG_2023)).get(0)));
        AuditResult arala = Pipeline.check(Pipeline.corpus(ARALA_2013)).get(0);
        assertEquals(Set.of("OGI-SEC-OTHER"), fails(arala));
        // under the 2007 Regulations an organ with nothing else to report may leave out 其他需要报告的事项: advisory
        assertTrue(only(arala, "OGI-SEC-OTHER").isAdvisory());
        assertEquals(100, arala.score().value());
    }

    @Test
    void governmentPublishedAfter31March() throws IOException {
        AuditResult r = mutate(PINGTAN_2024, "发布时间: 2025-03-10 15:35", "发布时间: 2025-04-01 09:00");
        Finding f = only(r, "OGI-DEADLINE");
        assertEquals(Status.FAIL, f.getStatus());
        assertEquals(15, f.getPoints());
        // the dates as each language writes them
        assertTrue(f.getMessage().zh().contains("2025年4月1日公布") && f.getMessage().zh().contains("晚于法定时限2025年3月31日"), f.getMessage().zh());
        assertTrue(f.getMessage().en().contains("2025-04-01") && f.getMessage().en().contains("2025-03-31"), f.getMessage().en());
        assertEquals("发布时间: 2025-04-01 09:00", f.getEvidence().get(0).getQuote());
        assertEquals(85, r.score().value());
        // 31 March itself is in time ("每年3月31日前")
        assertEquals(Set.of(), fails(mutate(PINGTAN_2024, "发布时间: 2025-03-10 15:35", "发布时间: 2025-03-31 18:00")));
    }

    @Test
    void departmentPublishedAfter31January() throws IOException {
        AuditResult r = mutate(SHUYANG_2023, "<publishtime>2024-01-17</publishtime>", "<publishtime>2024-02-05</publishtime>");
        Finding f = only(r, "OGI-DEADLINE");
        assertEquals(Status.FAIL, f.getStatus());
        assertTrue(f.getMessage().zh().contains("部门的年度报告于2024年2月5日公布，晚于法定时限2024年1月31日"), f.getMessage().zh());
        assertTrue(f.getMessage().en().contains("2024-01-31"), f.getMessage().en());
        assertEquals(0, f.getEvidence().get(0).getLine(), "the date stands in the page template, outside the text");
    }

    @Test
    void townshipPublishedAfter31MarchIsAWarning() throws IOException {
        AuditResult r = mutate(PINGTAN_2024, "发布时间: 2025-03-10 15:35", "发布时间: 2025-04-15 09:00");
        assertEquals("OGI-DEADLINE", only(r, "OGI-DEADLINE").getRule());
        String township = Files.readString(Pipeline.corpus(PINGTAN_2024), StandardCharsets.UTF_8)
                .replace("标题: 平潭综合实验区2024年度", "标题: 平潭县城关镇2024年度")
                .replace("发布时间: 2025-03-10 15:35", "发布时间: 2025-04-15 09:00");
        Path file = Files.writeString(tmp.resolve("township.txt"), township.replace("平潭综合实验区2024年度政府信息公开工作年度报告",
                "平潭县城关镇2024年度政府信息公开工作年度报告"), StandardCharsets.UTF_8);
        AuditResult t = Pipeline.check(file).get(0);
        assertEquals("平潭县城关镇人民政府", t.facts().getReport().getAgency());
        Finding f = only(t, "OGI-DEADLINE");
        assertEquals("WARNING", f.getSeverity().name());
        assertEquals(5, f.getPoints());
    }

    @Test
    void regulations2007PublishedAfter31March() throws IOException {
        Finding f = only(mutate(ARALA_2013, "发布时间:2014年01月10日", "发布时间:2014年04月02日"), "OGI-DEADLINE");
        assertEquals(Status.FAIL, f.getStatus());
        assertTrue(f.getMessage().zh().contains("2014年3月31日"), f.getMessage().zh());
        assertTrue(f.getMessage().en().contains("2014-03-31"), f.getMessage().en());
    }

    @Test
    void implausiblePublicationDate() throws IOException {
        AuditResult r = mutate(ARALA_2013, "发布时间:2014年01月10日", "发布时间:2013年06月10日");
        assertEquals(Status.FAIL, only(r, "OGI-PUBDATE-IMPLAUSIBLE").getStatus());
    }

    @Test
    void periodOfAnotherYear() throws IOException {
        AuditResult r = mutate(ARALA_2013, "统计期限自2013年1月1日起至2013年12月31日止", "统计期限自2012年1月1日起至2012年12月31日止");
        Finding period = only(r, "OGI-PERIOD-MISMATCH");
        assertEquals(Status.FAIL, period.getStatus());
        assertTrue(period.getEvidence().get(0).getQuote().contains("2012年1月1日"));
        Finding year = only(r, "OGI-YEAR-MISMATCH");
        assertEquals(2, year.getEvidence().size(), "title and period are both quoted");
        assertEquals("标题写的是2013年，统计期限写的是2012年", year.getMessage().zh());
        assertEquals("the title names 2013 but the statistics period names 2012", year.getMessage().en());
    }

    @Test
    void periodEndingEarly() throws IOException {
        AuditResult r = mutate(ARALA_2013, "至2013年12月31日止", "至2013年11月30日止");
        assertEquals(Status.FAIL, only(r, "OGI-PERIOD-MISMATCH").getStatus());
        assertTrue(!fails(r).contains("OGI-YEAR-MISMATCH"), "same year: no year mismatch");
    }

    @Test
    void missingSectionsAreEvidencedByTheOutline() throws IOException {
        // the heading renamed, its figures left where they were ("2013年主动公开政府信息573条"): the part is there
        // under another name, so a person must look: UNCERTAIN, quoting the words found and the outline
        AuditResult r = mutate(ARALA_2013, "二、主动公开政府信息情况", "二、政府网站建设情况");
        assertEquals(Set.of("OGI-SEC-OTHER"), fails(r));
        Finding f = only(r, "OGI-SEC-ACTIVE");
        assertEquals(Status.UNCERTAIN, f.getStatus());
        assertTrue(f.getEvidence().stream().anyMatch(e -> e.getQuote().equals("二、政府网站建设情况")), f.getEvidence().toString());
        assertTrue(f.getEvidence().stream().anyMatch(e -> e.getQuote().startsWith("2013年主动公开政府信息573条")), f.getEvidence().toString());
        assertEquals(100, r.score().value(), "UNCERTAIN deducts nothing, nor does the advisory OGI-SEC-OTHER of a 2007 report");
        // with every word on proactive disclosure gone as well, nothing could be it: FAIL, the outline as evidence
        String text = Files.readString(Pipeline.corpus(ARALA_2013), StandardCharsets.UTF_8)
                .replace("二、主动公开政府信息情况", "二、政府网站建设情况").replace("主动公开", "发布");
        AuditResult gone = Pipeline.check(Files.writeString(tmp.resolve("noactive.txt"), text, StandardCharsets.UTF_8)).get(0);
        assertEquals(Set.of("OGI-SEC-ACTIVE", "OGI-SEC-OTHER"), fails(gone));
        Finding g = only(gone, "OGI-SEC-ACTIVE");
        assertTrue(g.getEvidence().stream().anyMatch(e -> e.getQuote().equals("二、政府网站建设情况")), g.getEvidence().toString());
        assertEquals(100 - 10, gone.score().value());
    }

    @Test
    void missingRequestReviewAndFees() throws IOException {
        // the request part has two sub-headings of its own ((一)依申请公开情况, (二)不予公开政府信息情况):
        // renaming the part alone leaves requests covered
        AuditResult renamed = mutate(ARALA_2013, "三、依申请公开、不予公开及咨询政府信息情况", "三、咨询情况");
        assertTrue(!fails(renamed).contains("OGI-SEC-REQUEST"), fails(renamed).toString());
        String original = Files.readString(Pipeline.corpus(ARALA_2013), StandardCharsets.UTF_8);
        String noRequests = original.replace("三、依申请公开、不予公开及咨询政府信息情况", "三、咨询情况")
                .replace("㈠依申请公开情况:无", "㈠电话咨询:无").replace("㈡不予公开政府信息情况:无", "㈡现场咨询:无");
        assertTrue(!noRequests.contains("㈠依申请公开情况") && !noRequests.contains("㈡不予公开政府信息情况")
                && !noRequests.contains("三、依申请公开"), "all three headings were edited");
        AuditResult r = Pipeline.check(Files.writeString(tmp.resolve("norequests.txt"), noRequests, StandardCharsets.UTF_8)).get(0);
        assertTrue(fails(r).contains("OGI-SEC-REQUEST"), fails(r).toString());
        AuditResult noFees = mutate(ARALA_2013, "四、政府信息公开的收费及减免情况:无", "四、宣传培训情况:无");
        assertTrue(fails(noFees).contains("OGI-FEES"), fails(noFees).toString());
        String noReview = Files.readString(Pipeline.corpus(ARALA_2013), StandardCharsets.UTF_8)
                .replace("五、因政府信息公开申请行政复议、提起行政诉讼和申诉的情况", "五、群众投诉情况")
                .replace("也未发生因政府信息公开引起申请行政复议、提起行政诉讼事件。", "");
        AuditResult rv = Pipeline.check(Files.writeString(tmp.resolve("noreview.txt"), noReview, StandardCharsets.UTF_8)).get(0);
        assertTrue(fails(rv).contains("OGI-SEC-REVIEW"), fails(rv).toString());
    }

    @Test
    void problemsSectionThatSaysNothing() throws IOException {
        String text = Files.readString(Pipeline.corpus(ARALA_2013), StandardCharsets.UTF_8);
        int at = text.indexOf("六、政府信息公开工作存在的主要问题和改进情况");
        Path file = Files.writeString(tmp.resolve("empty-problems.txt"), text.substring(0, at)
                + "六、政府信息公开工作存在的主要问题和改进情况\n\n无\n", StandardCharsets.UTF_8);
        Finding f = only(Pipeline.check(file).get(0), "OGI-SEC-PROBLEMS");
        assertEquals(Status.FAIL, f.getStatus());
        assertTrue(f.getEvidence().get(0).getQuote().startsWith("六、"), f.getEvidence().toString());
    }

    @Test
    void unifiedFormatWithoutItsSixthSection() throws IOException {
        AuditResult r = mutate(PINGTAN_2024, "六、其他需要报告的事项2024年，无收取信息处理费情况。", "");
        assertEquals(Set.of("OGI-FEES", "OGI-FORMAT-SECTIONS", "OGI-SEC-OTHER"), fails(r));
        assertTrue(only(r, "OGI-FORMAT-SECTIONS").getMessage().zh().endsWith("以下部分未在其序号处找到：六、其他需要报告的事项"),
                only(r, "OGI-FORMAT-SECTIONS").getMessage().zh());
        assertEquals(2, only(r, "OGI-SEC-OTHER").getDeducted(), "the sixth part is required by the unified format");
        assertEquals("WARNING", only(r, "OGI-FEES").getSeverity().name(), "the 2021-format fee rule is a warning");
    }

    @Test
    void unifiedFormatWithoutOverview() throws IOException {
        AuditResult r = mutate(PINGTAN_2024, "一、总体情况", "一、工作回顾");
        assertTrue(fails(r).containsAll(Set.of("OGI-SEC-OVERVIEW", "OGI-FORMAT-SECTIONS")), fails(r).toString());
    }

    @Test
    void titleYearDisagreesWithThePeriod() throws IOException {
        // the 2024 report's title stands only in the page's header; the body states the 2024 period
        AuditResult r = mutate(PINGTAN_2024, "标题: 平潭综合实验区2024年度", "标题: 平潭综合实验区2023年度");
        assertEquals(2023, r.facts().getReport().getReportYear(), "the report year is the title's");
        Finding f = only(r, "OGI-YEAR-MISMATCH");
        assertEquals(Status.FAIL, f.getStatus());
        assertEquals(List.of(1, 10), f.getEvidence().stream().map(e -> e.getLine()).toList(), "header title and period line");
        assertEquals(Status.FAIL, only(r, "OGI-PERIOD-MISMATCH").getStatus(), "a 2024 period in a 2023 report");
    }

    @Test
    void noPublicationDateIsUncertainWithTheSignature() throws IOException {
        AuditResult r = mutate(SHUYANG_2023, "<publishtime>2024-01-17</publishtime>", "<publishtime></publishtime>");
        // the saver's own 采集时间 (2025-12-30) must not stand in for it
        assertEquals(null, r.facts().getReport().getPublishedOn());
        Finding f = only(r, "OGI-PUBDATE-UNKNOWN");
        assertEquals(Status.UNCERTAIN, f.getStatus());
        assertTrue(f.getMessage().zh().endsWith("报告末尾的落款日期为2024年1月17日"), "the signature date is shown: " + f.getMessage().zh());
        assertTrue(f.getMessage().en().endsWith("the report is dated 2024-01-17 at its end"), f.getMessage().en());
        assertEquals(0, f.getDeducted());
    }
}
