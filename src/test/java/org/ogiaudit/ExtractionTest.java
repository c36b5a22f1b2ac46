package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogiaudit.ingest.Reflow;
import org.ogiaudit.ingest.TextNormalizer;
import org.ogiaudit.model.AuditResult;

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
}
