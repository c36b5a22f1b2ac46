package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.Status;

/**
 * Every seed and dev report of the shared corpus, with the facts and findings a careful reader expects. Each
 * expectation below was written from reading the report (the line it rests on is named in the comment), not from the
 * program's output.
 */
class CorpusReportsTest {
    private static final Set<SectionKind> ALL_2007 = EnumSet.of(SectionKind.OVERVIEW, SectionKind.ACTIVE,
            SectionKind.REQUEST, SectionKind.REVIEW, SectionKind.FEES, SectionKind.PROBLEMS, SectionKind.OTHER);
    private static final Set<SectionKind> UNIFIED = EnumSet.of(SectionKind.OVERVIEW, SectionKind.ACTIVE,
            SectionKind.REQUEST, SectionKind.REVIEW, SectionKind.PROBLEMS, SectionKind.OTHER);

    /** What a reader expects of one report. {@code period} is "from..to", "blank" or null. */
    record Expect(String file, int part, String agency, OrganKind kind, int year, String publishedOn, String period,
                  Set<SectionKind> sections, Set<SectionKind> absent, Set<String> fail, Set<String> uncertain) { }

    static Expect e(String file, int part, String agency, OrganKind kind, int year, String published, String period,
                    Set<SectionKind> sections, Set<SectionKind> absent, String fail, String uncertain) {
        return new Expect(file, part, agency, kind, year, published, period, sections, absent, ids(fail), ids(uncertain));
    }

    static Set<String> ids(String s) {
        return s.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(s.split(" ")));
    }

    static Set<SectionKind> kinds(SectionKind... k) {
        return k.length == 0 ? EnumSet.noneOf(SectionKind.class) : EnumSet.copyOf(Arrays.asList(k));
    }

    static final List<Expect> EXPECTED = List.of(
        // 朝阳区 2012: no title and no date on the page; "并于2013年3月31日之前…公布" (line 3) is a promise, not a
        // publication date. The only period statement is the appendix note "2012年1月1日至2013年1月1日" (line 270).
        // 七、其他事项 says 无 but is there; 五、政府信息公开收费情况 is there. The appendix gives 公开信息总数 twice for the
        // cumulative column: 11035 (line 62, by level) and 10701 (line 76, by content).
        e("seeds/000_4a8c81c2fb3c47ba.txt", 1, "长春市朝阳区人民政府", OrganKind.GOVERNMENT, 2012, null,
          "2012-01-01..2013-01-01", ALL_2007, kinds(), "OGI-TOTAL-LEGACY", "OGI-PERIOD-MISMATCH OGI-PUBDATE-UNKNOWN"),
        // 阿拉山口市 2013: 发布时间 2014年01月10日 (line 8); period stated (line 10); six parts listed, no 其他事项.
        e("seeds/001_a2083c6fc5a72fbe.txt", 1, "阿拉山口市人民政府", OrganKind.GOVERNMENT, 2013, "2014-01-10",
          "2013-01-01..2013-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.FEES,
          SectionKind.REVIEW, SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-SEC-OTHER", ""),
        // 安州区 2018: 发布时间 2019-03-25 (line 3), within 31 March; no period statement anywhere; sections 六–八 are
        // 政务公开要点/建议提案/创新举措, none is 其他需要报告的事项; 五、工作人员及收费、减免情况 covers fees.
        e("seeds/002_1714cd3d079ec93f.txt", 1, "绵阳市安州区人民政府", OrganKind.GOVERNMENT, 2018, "2019-03-25", null,
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW, SectionKind.FEES,
          SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-PERIOD-MISSING OGI-SEC-OTHER", ""),
        // 营口 page: report 1 (2018) starts mid-report at "(二)强化平台支撑"; what is absent may have been cut off,
        // so absences are UNCERTAIN. It has 九、…复议、诉讼情况 and a problems paragraph without heading (line 73).
        e("seeds/003_166f8ebcf76d64fb.txt", 1, "营口市人民政府", OrganKind.GOVERNMENT, 2018, null, null,
          kinds(SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW), kinds(SectionKind.FEES),
          "", "OGI-FEES OGI-PERIOD-MISSING OGI-PUBDATE-UNKNOWN OGI-SEC-OTHER"),
        // report 2 (2009): "目前,没有向申请人收取费用。2009年,没有因政府信息公开申请行政复议和行政诉讼的案件" covers fees
        // and review without sections; no period, no 其他.
        e("seeds/003_166f8ebcf76d64fb.txt", 2, "营口市人民政府", OrganKind.GOVERNMENT, 2009, null, null,
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.PROBLEMS),
          kinds(SectionKind.REVIEW, SectionKind.FEES, SectionKind.OTHER), "OGI-PERIOD-MISSING OGI-SEC-OTHER", "OGI-PUBDATE-UNKNOWN"),
        // report 3 (2010): same shape as 2009.
        e("seeds/003_166f8ebcf76d64fb.txt", 3, "营口市人民政府", OrganKind.GOVERNMENT, 2010, null, null,
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.PROBLEMS),
          kinds(SectionKind.REVIEW, SectionKind.FEES, SectionKind.OTHER), "OGI-PERIOD-MISSING OGI-SEC-OTHER", "OGI-PUBDATE-UNKNOWN"),
        // report 4 (2012): has 五、…复议…诉讼情况 but no word on fees at all.
        e("seeds/003_166f8ebcf76d64fb.txt", 4, "营口市人民政府", OrganKind.GOVERNMENT, 2012, null, null,
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW, SectionKind.PROBLEMS),
          kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-PERIOD-MISSING OGI-SEC-OTHER", "OGI-PUBDATE-UNKNOWN"),
        // 辽源市民政局 2012 (title says 市民政局; the body names 辽源市民政局): 发布日期 2013-03-19; line 7 states the period
        // as "此报告统计数据时限为2012年1月1日至2012年12月31日" (统计数据时限, in vocabulary/period-cue.txt); no 其他.
        e("seeds/004_5dabd5b5935736db.txt", 1, "辽源市民政局", OrganKind.DEPARTMENT, 2012, "2013-03-19", "2012-01-01..2012-12-31",
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.FEES, SectionKind.REVIEW,
          SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-SEC-OTHER", ""),
        // 平潭县 2012: five parts (概述, 主动公开, 依申请, 问题, 统计表): no fees statement anywhere, no 其他;
        // "未收到有关政府信息公开行政复议申请" stands in the request part.
        e("dev/2012_平潭县人民政府_pingtan.txt", 1, "平潭县人民政府", OrganKind.GOVERNMENT, 2012, "2013-01-17",
          "2012-01-01..2012-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.PROBLEMS),
          kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-SEC-OTHER", ""),
        // 平潭综合实验区 2012: "价格和收费信息3条" is proactive disclosure, not a fee statement.
        e("dev/2012_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2012, "2013-02-25",
          "2012-01-01..2012-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.PROBLEMS),
          kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-SEC-OTHER", ""),
        // 平潭县 2013: "本报告所列数据的统计期限自至。" – the period is left blank.
        e("dev/2013_平潭县人民政府_pingtan.txt", 1, "平潭县人民政府", OrganKind.GOVERNMENT, 2013, "2014-01-22", "blank",
          kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.PROBLEMS),
          kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-PERIOD-MISSING OGI-SEC-OTHER", ""),
        // 2014–2016: 收费及减免 sections present; no 其他.
        e("dev/2014_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2014, "2015-01-02",
          "2014-01-01..2014-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.FEES,
          SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-SEC-OTHER", ""),
        e("dev/2015_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2015, "2016-01-12",
          "2015-01-01..2015-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.FEES,
          SectionKind.REVIEW, SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-SEC-OTHER", ""),
        e("dev/2016_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2016, "2017-01-18",
          "2016-01-01..2016-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.FEES,
          SectionKind.REVIEW, SectionKind.PROBLEMS), kinds(SectionKind.OTHER), "OGI-SEC-OTHER", ""),
        // 2017, 2018: six parts without 收费; "行政事业性收费信息2条" is a category of proactive disclosure.
        e("dev/2017_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2017, "2018-01-23",
          "2017-01-01..2017-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW,
          SectionKind.PROBLEMS), kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-SEC-OTHER", ""),
        e("dev/2018_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2018, "2019-01-10",
          "2018-01-01..2018-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW,
          SectionKind.PROBLEMS), kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-SEC-OTHER", ""),
        // the same 2018 report as a saved TRS page: same facts, publication date from <meta name="PubDate">.
        e("dev/2018_平潭综合实验区管委会_pingtan.html", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2018, "2019-01-10",
          "2018-01-01..2018-12-31", kinds(SectionKind.OVERVIEW, SectionKind.ACTIVE, SectionKind.REQUEST, SectionKind.REVIEW,
          SectionKind.PROBLEMS), kinds(SectionKind.FEES, SectionKind.OTHER), "OGI-FEES OGI-SEC-OTHER", ""),
        // 2020 (trial format): six unified sections; 考核 is mentioned ("列入绩效考核评估范围"), 社会评议 and
        // 责任追究 results are not: UNCERTAIN, not FAIL. Table 三 (glued digits, lines 15–18) has result rows
        // 6000017 + 6000006 + 4000004 + 3000003 + 3000003 + "4 0 0 0 0 0 4" = 27 against (七)总计 "20 0 00 0 121" = 21.
        // Table 二's glued rows ("7777166") cannot be cut one way only. Line 11: "共公布政府信息2602条(其中…其他应主动公开
        // 政府信息1053条)": the eleven parts sum to 2603.
        e("dev/2020_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2020, "2021-03-05",
          "2020-01-01..2020-12-31", UNIFIED, kinds(), "OGI-TOTAL-BREAKDOWN OGI-TOTAL-T3-RESULTS", "OGI-SEC-ASSESSMENT OGI-TOTAL-UNREADABLE"),
        // 2021: "2021年,无收取信息处理费情况" under 六.
        // 2021–2024: glued table rows such as "220000022" (22|0…|22 or 2|20|…|22) or 行政规范性文件 "6233440" admit
        // more than one cut: the tables are read in part (UNCERTAIN), and what was read adds up.
        e("dev/2021_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2021, "2022-02-08",
          "2021-01-01..2021-12-31", UNIFIED, kinds(), "", "OGI-SEC-ASSESSMENT OGI-TOTAL-UNREADABLE"),
        e("dev/2023_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2023, "2024-03-08",
          "2023-01-01..2023-12-31", UNIFIED, kinds(), "", "OGI-SEC-ASSESSMENT OGI-TOTAL-UNREADABLE"),
        e("dev/2024_平潭综合实验区管委会_pingtan.txt", 1, "平潭综合实验区管委会", OrganKind.GOVERNMENT, 2024, "2025-03-10",
          "2024-01-01..2024-12-31", UNIFIED, kinds(), "", "OGI-SEC-ASSESSMENT OGI-TOTAL-UNREADABLE"),
        // 沭阳县发改局 2023: a department; 公开日期 2024-01-17 (before 31 January); "未发生收费情况" under 六.
        e("dev/2023_沭阳县发展和改革局.html", 1, "沭阳县发展和改革局", OrganKind.DEPARTMENT, 2023, "2024-01-17",
          "2023-01-01..2023-12-31", UNIFIED, kinds(), "", ""),
        // 淮安 PDFs: no publication date inside a PDF; 洪泽 2023 and 淮安市 2024 never mention 考核/评议/追究.
        // 洪泽 2023 table 四 (page 4, seen rendered): 行政复议 维持 10, 纠正 1, 总计 0; 复议后起诉 维持 5, 总计 0.
        e("pdf/2023_淮安市洪泽区人民政府.pdf", 1, "洪泽区人民政府", OrganKind.GOVERNMENT, 2023, null,
          "2023-01-01..2023-12-31", UNIFIED, kinds(), "OGI-SEC-ASSESSMENT OGI-TOTAL-T4", "OGI-PUBDATE-UNKNOWN"),
        e("pdf/2024_淮安市人民政府.pdf", 1, "淮安市人民政府", OrganKind.GOVERNMENT, 2024, null,
          "2024-01-01..2024-12-31", UNIFIED, kinds(), "OGI-SEC-ASSESSMENT", "OGI-PUBDATE-UNKNOWN"),
        // 洪泽 2024 mentions 考核 ("纳入全区高质量发展考核内容") only; "区政府办代表区政府受理政府信息公开申请 17 件"
        // (line 7) is the office's own count against 95 in table 三: UNCERTAIN.
        e("pdf/2024_淮安市洪泽区人民政府.pdf", 1, "淮安市洪泽区人民政府", OrganKind.GOVERNMENT, 2024, null,
          "2024-01-01..2024-12-31", UNIFIED, kinds(), "", "OGI-PUBDATE-UNKNOWN OGI-SEC-ASSESSMENT OGI-TOTAL-TEXT-TABLE"));

    @TestFactory
    Stream<DynamicTest> everyCorpusReportHasItsExpectedFactsAndFindings() {
        return EXPECTED.stream().map(x -> DynamicTest.dynamicTest(x.file() + " #" + x.part(), () -> verify(x)));
    }

    private static void verify(Expect x) {
        List<AuditResult> results = Pipeline.check(Pipeline.corpus(x.file()));
        AuditResult r = results.stream().filter(a -> a.part() == x.part()).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + x.part() + " in " + results.size() + " result(s)"));
        assertTrue(r.isOk(), () -> "error: " + r.error());
        Report rep = r.facts().getReport();
        assertEquals(x.agency(), rep.getAgency(), "agency");
        assertEquals(x.kind(), rep.getOrganKind(), "organ kind");
        assertEquals(x.year(), rep.getReportYear(), "report year");
        assertEquals(x.publishedOn() == null ? null : LocalDate.parse(x.publishedOn()), rep.getPublishedOn(), "published on");
        StatisticsPeriod p = r.facts().getStatisticsPeriod();
        if (x.period() == null) {
            assertNull(p, "no period statement expected");
        } else if (x.period().equals("blank")) {
            assertNotNull(p, "a blank period statement expected");
            assertTrue(p.isBlank(), "period should be blank");
        } else {
            assertNotNull(p, "period expected");
            assertEquals(x.period(), p.getFrom() + ".." + p.getTo(), "period");
        }
        Set<SectionKind> found = EnumSet.noneOf(SectionKind.class);
        for (Section s : r.facts().getSections()) found.addAll(s.getKinds());
        for (SectionKind k : x.sections()) assertTrue(found.contains(k), "section " + k + " expected; found " + found);
        for (SectionKind k : x.absent()) assertTrue(!found.contains(k), "no section " + k + " expected; found " + found);
        assertEquals(x.fail(), ruleIds(r.findings(), Status.FAIL), "FAIL findings");
        assertEquals(x.uncertain(), ruleIds(r.findings(), Status.UNCERTAIN), "UNCERTAIN findings");
        int deducted = r.findings().stream().mapToInt(Finding::getDeducted).sum();
        assertEquals(Math.max(0, 100 - deducted), r.score().value(), "score = 100 − deductions");
    }

    private static Set<String> ruleIds(List<Finding> findings, Status status) {
        return findings.stream().filter(f -> f.getStatus() == status).map(Finding::getRule)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @TestFactory
    Stream<DynamicTest> everyQuoteStandsOnItsLine() {
        List<String> files = new ArrayList<>(EXPECTED.stream().map(Expect::file).distinct().toList());
        return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            for (AuditResult r : Pipeline.check(Pipeline.corpus(f))) {
                for (Finding finding : r.findings()) {
                    if (finding.getStatus() == Status.FAIL) {
                        assertTrue(!finding.getEvidence().isEmpty(), finding.getRule() + " FAIL without evidence");
                    }
                    for (var e : finding.getEvidence()) {
                        if (e.getLine() == 0) continue; // page metadata, outside the text
                        String line = r.text().get(e.getLine() - 1);
                        String quote = e.getQuote().endsWith("…") ? e.getQuote().substring(0, e.getQuote().length() - 1) : e.getQuote();
                        assertTrue(line.contains(quote), finding.getRule() + ": quote not on line " + e.getLine()
                                + "\n  quote: " + quote + "\n  line:  " + line);
                    }
                }
            }
        }));
    }
}
