package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.Status;

/** Small crafted reports in shapes the corpus lacks: other organ levels, numbering styles and period wordings. */
class VarietyTest {
    @TempDir
    Path tmp;

    private AuditResult check(String name, String text) throws IOException {
        Path f = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
        AuditResult r = Pipeline.check(f).get(0);
        assertTrue(r.isOk(), String.valueOf(r.error()));
        return r;
    }

    private static Set<String> ids(AuditResult r, Status s) {
        return r.findings().stream().filter(f -> f.getStatus() == s).map(Finding::getRule).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The clean 2021 rule case (tables and all) as a township's report with a whole-year period statement. */
    private static final String TOWNSHIP_2021 = township();

    private static String township() {
        try {
            String base = Files.readString(Path.of("rules/tests/clean/2021-county-government.txt"), StandardCharsets.UTF_8);
            String t = base.replace("某某县人民政府2021年", "城关镇2021年").replace("我县", "我镇")
                    .replace("本报告所列数据的统计期限为2021年1月1日至2021年12月31日。", "本报告所列数据的统计期限为2021年度。");
            if (t.equals(base) || !t.contains("统计期限为2021年度")) throw new IllegalStateException("the clean case changed");
            return t;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCompleteTownshipReportIsClean() throws IOException {
        AuditResult r = check("township.txt", TOWNSHIP_2021);
        assertEquals("城关镇人民政府", r.facts().getReport().getAgency());
        assertEquals(OrganKind.TOWNSHIP, r.facts().getReport().getOrganKind());
        assertEquals(LocalDate.of(2021, 12, 31), r.facts().getStatisticsPeriod().getTo(), "统计期限为2021年度 is the whole year");
        assertEquals(Set.of(), ids(r, Status.FAIL));
        assertEquals(Set.of(), ids(r, Status.UNCERTAIN));
    }

    @Test
    void endOnlyPeriodIsUncertainNotMissing() throws IOException {
        AuditResult r = check("endonly.txt", TOWNSHIP_2021.replace("本报告所列数据的统计期限为2021年度。", "本报告数据统计截至2021年12月31日。"));
        assertEquals(Set.of(), ids(r, Status.FAIL));
        assertEquals(Set.of("OGI-PERIOD-MISMATCH"), ids(r, Status.UNCERTAIN));
    }

    @Test
    void arabicNumberedPartsAreSections() throws IOException {
        String text = """
                县统计局2015年政府信息公开工作年度报告
                发布时间：2016-02-01
                1、概述
                2015年，我局认真贯彻落实《条例》。统计期限自2015年1月1日至2015年12月31日。
                2、主动公开政府信息情况
                全年主动公开信息56条。
                3、依申请公开政府信息情况
                全年未收到申请，未收取任何费用。
                4、行政复议和行政诉讼情况
                无。
                5、存在的主要问题及改进措施
                存在的不足是更新不及时，今后将加强管理。
                6、其他需要报告的事项
                无。
                """;
        AuditResult r = check("arabic.txt", text);
        assertEquals(OrganKind.DEPARTMENT, r.facts().getReport().getOrganKind());
        assertTrue(r.facts().getSections().stream().anyMatch(s -> s.is(SectionKind.ACTIVE) && s.getLevel() == 1));
        assertEquals(Set.of(), ids(r, Status.FAIL), "fees are stated in the request part: 未收取任何费用");
    }

    @Test
    void traditionalMirrorPageWithTaiwanWording() throws IOException {
        String text = """
                某某縣2012年政府資訊公開工作年度報告
                發佈時間：2013年3月5日
                本報告所列數據的統計期限自2012年1月1日起至2012年12月31日止。
                一、概述
                我縣認真貫徹落實《條例》，各項工作穩步推進，政府資訊公開工作取得了新的進展和成效。
                二、主動公開政府資訊情況
                全年主動公開政府資訊320條，其中規範性文件12條。
                三、依申請公開政府資訊情況
                全年受理申請5件，均按時答覆。
                四、政府資訊公開的收費及減免情況
                全年未收取任何費用。
                五、因政府資訊公開申請行政復議、提起行政訴訟的情況
                全年未發生行政復議和行政訴訟。
                六、存在的主要問題及改進情況
                存在的問題是公開形式單一，今後將拓展公開渠道。
                七、其他需要報告的事項
                無。
                """;
        AuditResult r = check("mirror.txt", text);
        assertEquals("某某县人民政府", r.facts().getReport().getAgency());
        assertEquals(2012, r.facts().getReport().getReportYear());
        assertEquals(LocalDate.of(2013, 3, 5), r.facts().getReport().getPublishedOn());
        assertEquals(Set.of(), ids(r, Status.FAIL));
    }
}
