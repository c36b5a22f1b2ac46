package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogiaudit.extract.ChineseDates;
import org.ogiaudit.extract.Heading;
import org.ogiaudit.extract.HeadingParser;
import org.ogiaudit.extract.Organs;
import org.ogiaudit.extract.SectionClassifier;
import org.ogiaudit.extract.Titles;
import org.ogiaudit.ingest.Reflow;
import org.ogiaudit.ingest.TextNormalizer;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.SectionKind;

/** Extraction details, on small crafted inputs and on the corpus pages that need them. */
class ExtractionTest {

    @Test
    void yingkouPageHoldsFourReportsAndNothingFromTheCommentsOrSnippets() {
        List<AuditResult> parts = Pipeline.check(Pipeline.corpus("seeds/003_166f8ebcf76d64fb.txt"));
        assertEquals(4, parts.size());
        assertEquals(List.of(2018, 2009, 2010, 2012), parts.stream().map(r -> r.facts().getReport().getReportYear()).toList());
        List<String> text = parts.get(0).text();
        // reports 2–4 start at their own 一、 headings (source lines 82, 95, 109 of the page)
        assertEquals("一、基本情况", text.get(parts.get(1).facts().getReport().getFirstLine() - 1));
        assertEquals("一、总体工作情况", text.get(parts.get(2).facts().getReport().getFirstLine() - 1));
        assertEquals("一、总体工作情况", text.get(parts.get(3).facts().getReport().getFirstLine() - 1));
        assertTrue(parts.get(0).facts().getReport().isStartsMidReport(), "the first report is cut at its start");
        // the 建设局2008 and 教育文化体育局 snippets are neither a report nor inside one
        for (AuditResult r : parts) {
            for (int i = r.facts().getReport().getFirstLine(); i <= r.facts().getReport().getLastLine(); i++) {
                assertFalse(text.get(i - 1).contains("建设局2008年度"), "snippet inside report " + r.part());
            }
        }
        assertTrue(parts.get(0).facts().getNotes().stream().anyMatch(n -> n.contains("skipped")), "skipped lines are reported");
    }

    @Test
    void aPromiseToPublishIsNotAPublicationDate() {
        AuditResult r = Pipeline.check(Pipeline.corpus("seeds/000_4a8c81c2fb3c47ba.txt")).get(0);
        assertNull(r.facts().getReport().getPublishedOn(), "\"于2013年3月31日之前…公布\" is not a publication date");
    }

    @Test
    void crawlerCaptureTimeIsNotAPublicationDate() {
        // the saved 沭阳 page carries "采集时间： 2025-12-30" from the saver and "公开日期 2024-01-17" from the site
        AuditResult r = Pipeline.check(Pipeline.corpus("dev/2023_沭阳县发展和改革局.html")).get(0);
        assertEquals(LocalDate.of(2024, 1, 17), r.facts().getReport().getPublishedOn());
        assertEquals(LocalDate.of(2024, 1, 17), r.facts().getReport().getSignedOn(), "signed 2024年1月17日 at its end");
    }

    @Test
    void htmlAndTextOfTheSameReportGiveTheSameOutline() {
        var html = Pipeline.check(Pipeline.corpus("dev/2018_平潭综合实验区管委会_pingtan.html")).get(0).facts().getSections();
        var text = Pipeline.check(Pipeline.corpus("dev/2018_平潭综合实验区管委会_pingtan.txt")).get(0).facts().getSections();
        List<String> h = html.stream().filter(s -> s.getLevel() == 1).map(s -> s.getOrdinal() + s.getKinds().toString()).toList();
        List<String> t = text.stream().filter(s -> s.getLevel() == 1).map(s -> s.getOrdinal() + s.getKinds().toString()).toList();
        assertEquals(t, h);
        assertFalse(Pipeline.check(Pipeline.corpus("dev/2018_平潭综合实验区管委会_pingtan.html")).get(0).text()
                .stream().anyMatch(l -> l.contains("省人大") || l.contains("function(")), "page furniture is dropped");
    }

    @Test
    void chineseDates() {
        assertEquals(LocalDate.of(2013, 3, 19), ChineseDates.parse("二〇一三年三月十九日"));
        assertEquals(LocalDate.of(2013, 1, 20), ChineseDates.parse("二○一三年一月二十日"));
        assertEquals(LocalDate.of(2019, 3, 25), ChineseDates.parse("发布时间:2019-03-25 15:25"));
        assertEquals(LocalDate.of(2014, 1, 10), ChineseDates.parse("2014年01月10日 23:20"));
        assertEquals(LocalDate.of(2023, 1, 1), ChineseDates.parse("统计时限为20 23 年 1 月 1 日"));
        assertEquals(LocalDate.of(2021, 12, 31), ChineseDates.parse("2021/12/31"));
        assertNull(ChineseDates.parse("2019年13月40日"));
        assertEquals(31, ChineseDates.chineseNumber("三十一"));
        assertEquals(10, ChineseDates.chineseNumber("十"));
    }

    @Test
    void normalisesFullWidthMarkersAndLayoutSpaces() {
        assertEquals("(一)加强领导,落实责任。", TextNormalizer.normalize("㈠加强领导，落实责任。"));
        assertEquals("2024年共收到申请26件", TextNormalizer.normalize("２０２４年共收到申请２６件"));
        assertEquals("政府信息公开", TextNormalizer.normalize("政府 信息\u200b公开"));
        assertEquals("规章 0 0 0", TextNormalizer.normalize("规章\u00a00  0\t0"), "spaces between numbers separate table cells");
        assertEquals("7、加强培训", TextNormalizer.normalize("<!--[if !supportLists]-->7、<!--[endif]-->加强培训"));
        assertEquals("一、概述", TextNormalizer.normalize("⼀、概述"), "Kangxi radical ⼀ is 一");
    }

    @Test
    void splitsRunOnLinesBeforeHeadings() {
        String runOn = "本报告所列数据统计期限为2024年1月1日至2024年12月31日。一、总体情况 2024年,全区持续深化政务公开。"
                + "(一)主动公开方面。全年主动公开各类政府信息10407条。(二)依申请公开方面。全年办理申请218件。"
                + "合计895.90元三、收到和处理政府信息公开申请情况 第二十条第(一)项不拆。"
                + "x".repeat(120);
        List<String> lines = Reflow.reflow(List.of(runOn));
        assertTrue(lines.contains("一、总体情况 2024年,全区持续深化政务公开。"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(一)主动公开方面")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("三、收到和处理政府信息公开申请情况")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("(一)项")), "第二十条第(一)项 stays whole");
        assertEquals(List.of("短行。一、不拆"), Reflow.reflow(List.of("短行。一、不拆")), "short lines are left alone");
    }

    @Test
    void headingsAndTheirMeaning() {
        Heading h = HeadingParser.parse(List.of("四、政府信息公开的收费及减免情况:无"), 0, 1).get(0);
        assertEquals(4, h.ordinal());
        assertEquals("政府信息公开的收费及减免情况", h.text());
        assertEquals(List.of(), HeadingParser.parse(List.of("一、本年新收政府信息公开申请数量 26 0 0 0 0 0 26",
                "(一)予以公开 50 0 0 0 0 0 50", "三、", "(六)其他处理 0 0 0 0 0 0 0"), 0, 4), "table 三 rows are not headings");
        assertEquals(List.of(SectionKind.REVIEW), List.copyOf(SectionClassifier.classify("因政府信息公开申请行政复议、提起行政诉讼的情况")));
        assertEquals(List.of(SectionKind.REQUEST), List.copyOf(SectionClassifier.classify("依申请公开政府信息和不予公开政府信息情况")));
        assertEquals(List.of(SectionKind.FEES), List.copyOf(SectionClassifier.classify("工作人员及收费、减免情况")));
        assertEquals(List.of(SectionKind.PROBLEMS), List.copyOf(SectionClassifier.classify("存在不足及改进措施")));
        assertEquals("概述", HeadingParser.parse(List.of("一、概述推进政府信息公开工作是平潭县贯彻实施《条例》的重要举措"), 0, 1).get(0).text());
    }

    @Test
    void organsAndTheirKinds() {
        assertEquals("阿拉山口市人民政府", Organs.canonical(Organs.fromTitle("阿拉山口市2013年政府信息公开年度报告")));
        assertEquals("市民政局", Organs.fromTitle("2012年市民政局政府信息公开年度报告"));
        assertEquals("辽源市民政局", Organs.qualify("市民政局", List.of("公开《辽源市民政局网站信息更新维护制度》", "辽源市民政局被评为")));
        assertEquals(OrganKind.GOVERNMENT, Organs.kind("平潭综合实验区管委会"));
        assertEquals(OrganKind.TOWNSHIP, Organs.kind("两家子满族乡人民政府"));
        assertEquals(OrganKind.TOWNSHIP, Organs.kind("大明湖街道办事处"));
        assertEquals(OrganKind.DEPARTMENT, Organs.kind("上海市人民政府办公厅"));
        assertEquals(OrganKind.DEPARTMENT, Organs.kind("沭阳县发展和改革局"));
        assertEquals(OrganKind.GOVERNMENT, Organs.kind("淮安市人民政府"));
        assertEquals(OrganKind.UNKNOWN, Organs.kind(null));
        assertNull(Titles.titleAtStart("(一)严格落实年度报告制度。依法按时完成2012年政府信息公开年度报告,并于2013年3月31日之前公布"));
        assertEquals(2013, Titles.year("二〇一三年度政府信息公开工作年度报告"));
    }
}
