package org.ogiaudit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.vocabulary.Vocabulary;

/** The extraction helpers on small crafted inputs, with the shipped vocabulary (rules/vocabulary). */
class ExtractHelpersTest {
    static final Vocabulary VOCABULARY = ShippedVocabulary.get();
    private static final HeadingParser HEADINGS = new HeadingParser(VOCABULARY);
    private static final SectionClassifier CLASSIFIER = new SectionClassifier(VOCABULARY);
    private static final Organs ORGANS = new Organs(VOCABULARY);
    private static final Titles TITLES = new Titles(VOCABULARY);

    @Test
    void headingsAndTheirMeaning() {
        Heading h = HEADINGS.parse(List.of("四、政府信息公开的收费及减免情况:无"), 0, 1).get(0);
        assertEquals(4, h.ordinal());
        assertEquals("政府信息公开的收费及减免情况", h.text());
        assertEquals(List.of(), HEADINGS.parse(List.of("一、本年新收政府信息公开申请数量 26 0 0 0 0 0 26",
                "(一)予以公开 50 0 0 0 0 0 50", "三、", "(六)其他处理 0 0 0 0 0 0 0"), 0, 4), "table 三 rows are not headings");
        assertEquals(List.of(SectionKind.REVIEW), List.copyOf(CLASSIFIER.classify("因政府信息公开申请行政复议、提起行政诉讼的情况")));
        assertEquals(List.of(SectionKind.REQUEST), List.copyOf(CLASSIFIER.classify("依申请公开政府信息和不予公开政府信息情况")));
        assertEquals(List.of(SectionKind.FEES), List.copyOf(CLASSIFIER.classify("工作人员及收费、减免情况")));
        assertEquals(List.of(SectionKind.PROBLEMS), List.copyOf(CLASSIFIER.classify("存在不足及改进措施")));
        assertEquals("概述", HEADINGS.parse(List.of("一、概述推进政府信息公开工作是平潭县贯彻实施《条例》的重要举措"), 0, 1).get(0).text());
    }

    @Test
    void organsAndTheirKinds() {
        assertEquals("阿拉山口市人民政府", ORGANS.canonical(ORGANS.fromTitle("阿拉山口市2013年政府信息公开年度报告")));
        assertEquals("市民政局", ORGANS.fromTitle("2012年市民政局政府信息公开年度报告"));
        assertEquals("辽源市民政局", Organs.qualify("市民政局", List.of("公开《辽源市民政局网站信息更新维护制度》", "辽源市民政局被评为")));
        assertEquals(OrganKind.GOVERNMENT, ORGANS.kind("平潭综合实验区管委会"));
        assertEquals(OrganKind.TOWNSHIP, ORGANS.kind("两家子满族乡人民政府"));
        assertEquals(OrganKind.TOWNSHIP, ORGANS.kind("大明湖街道办事处"));
        assertEquals(OrganKind.DEPARTMENT, ORGANS.kind("上海市人民政府办公厅"));
        assertEquals(OrganKind.DEPARTMENT, ORGANS.kind("沭阳县发展和改革局"));
        assertEquals(OrganKind.GOVERNMENT, ORGANS.kind("淮安市人民政府"));
        assertEquals(OrganKind.UNKNOWN, ORGANS.kind(null));
        assertNull(TITLES.titleAtStart("(一)严格落实年度报告制度。依法按时完成2012年政府信息公开年度报告,并于2013年3月31日之前公布"));
        assertEquals(2013, Titles.year("二〇一三年度政府信息公开工作年度报告"));
    }

    @Test
    void gluedDigitsAreCutOnlyOneWayOrNotAtAll() {
        // "(一)予以公开220000022": 22|0|0|0|0|0|22 or 2|20|0|0|0|0|22: two cuts, so the row total alone cannot decide
        assertEquals(2, GluedDigits.allSplits("220000022", 1, 7, 10).size());
        assertNull(GluedDigits.splitGroups("220000022", 1, 7));
        // "21 7 1 0 0 0 29" glued: the row total 29 allows one cut only
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {21, 7, 1, 0, 0, 0, 29}, GluedDigits.splitGroups("217100029", 1, 7));
    }
}
