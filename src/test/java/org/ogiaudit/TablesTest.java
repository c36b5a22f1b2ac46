package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableRead;

/**
 * Tables 二, 三 and 四 read cell by cell from an HTML page, a PDF and a flattened text page (expected values typed from
 * the sources), and the totals rules on one-number edits of real reports.
 */
class TablesTest {
    @TempDir
    Path tmp;

    private static final String[] T3_ROWS = {"R1", "R2", "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4", "R3.3.5",
        "R3.3.6", "R3.3.7", "R3.3.8", "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3", "R3.5.4", "R3.5.5",
        "R3.6.1", "R3.6.2", "R3.6.3", "R3.7", "R4"};
    private static final String[] COLS = {"NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "PUBLIC_INTEREST", "LEGAL_SERVICE", "OTHER", "TOTAL"};

    /** Cells as "T3.R1.TOTAL" → "3119" ("blank" for a blank cell, "?" for an unreadable one). */
    private static Map<String, String> cells(AuditResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (TableCell c : r.facts().getTableCells()) {
            String v = c.isKnown() ? c.getValue().toPlainString() : c.isBlank() ? "blank" : "?";
            m.put(c.getTable() + "." + c.getRow().getKey() + "." + c.getColumn(), v);
        }
        return m;
    }

    private static void assertT3(Map<String, String> cells, String[] rows) {
        for (int i = 0; i < T3_ROWS.length; i++) {
            String[] v = rows[i].split(" ");
            for (int c = 0; c < 7; c++) {
                assertEquals(v[c], cells.get("T3." + T3_ROWS[i] + "." + COLS[c]), "T3." + T3_ROWS[i] + "." + COLS[c]);
            }
        }
    }

    private static void assertT4(Map<String, String> cells, String values) {
        String[] v = values.split(" ");
        String[] rows = {"REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW"};
        String[] cols = {"UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"};
        for (int g = 0; g < 3; g++) {
            for (int c = 0; c < 5; c++) assertEquals(v[g * 5 + c], cells.get("T4." + rows[g] + "." + cols[c]), rows[g] + "." + cols[c]);
        }
    }

    @Test
    void pdfTablesOfHuaian2024() {
        AuditResult r = Pipeline.check(Pipeline.corpus("pdf/2024_淮安市人民政府.pdf")).get(0);
        assertTrue(r.facts().getTables().stream().allMatch(TableRead::isFullyRead), r.facts().getTables().toString());
        Map<String, String> c = cells(r);
        assertEquals(List.of("1", "0", "11", "8", "26", "66", "447228", "3985758", "88283", "96171.6"),
                List.of(c.get("T2.RULES.ISSUED"), c.get("T2.RULES.REPEALED"), c.get("T2.RULES.IN_FORCE"), c.get("T2.NORMATIVE.ISSUED"),
                        c.get("T2.NORMATIVE.REPEALED"), c.get("T2.NORMATIVE.IN_FORCE"), c.get("T2.LICENSING.DECISIONS"),
                        c.get("T2.PENALTY.DECISIONS"), c.get("T2.COERCION.DECISIONS"), c.get("T2.FEES.AMOUNT")));
        assertT3(c, new String[] {
            "3001 53 0 0 61 4 3119", "34 0 0 0 0 0 34", "1288 21 0 0 50 3 1362", "447 7 0 0 0 0 454",
            "2 0 0 0 0 0 2", "30 1 0 0 0 0 31", "5 0 0 0 0 0 5", "6 0 0 0 0 0 6", "7 1 0 0 0 0 8", "12 0 0 0 0 0 12",
            "9 0 0 0 0 0 9", "105 0 0 0 0 0 105", "746 12 0 0 10 1 769", "11 0 0 0 0 0 11", "1 0 0 0 0 0 1",
            "56 6 0 0 0 0 62", "25 0 0 0 0 0 25", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "1 0 0 0 0 0 1",
            "67 3 0 0 1 0 71", "6 0 0 0 0 0 6", "108 2 0 0 0 0 110", "2932 53 0 0 61 4 3050", "103 0 0 0 0 0 103"});
        assertT4(c, "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20");
        assertTotalsClean(r);
    }

    @Test
    void htmlTablesOfShuyang2023KeepBlankCellsBlank() {
        AuditResult r = Pipeline.check(Pipeline.corpus("dev/2023_沭阳县发展和改革局.html")).get(0);
        Map<String, String> c = cells(r);
        assertEquals("8", c.get("T2.NORMATIVE.ISSUED"));
        assertEquals("18", c.get("T2.NORMATIVE.IN_FORCE"));
        String[] rows = new String[T3_ROWS.length];
        for (int i = 0; i < rows.length; i++) rows[i] = "0 blank blank blank blank blank 0";
        rows[0] = "26 blank blank blank blank blank 26";   // 本年新收
        rows[2] = "26 blank blank blank blank blank 26";   // 予以公开
        rows[23] = "26 blank blank blank blank blank 26";  // 总计
        assertT3(c, rows);
        assertT4(c, "0 0 0 1 1 0 0 0 0 0 0 0 0 0 0");
        assertTotalsClean(r);
    }

    @Test
    void flattenedTablesOfPingtan2024AreCutByTheirOwnTotals() {
        AuditResult r = Pipeline.check(Pipeline.corpus("dev/2024_平潭综合实验区管委会_pingtan.txt")).get(0);
        Map<String, String> c = cells(r);
        // "一、本年新收政府信息公开申请数量21710000218" → 217 1 0 0 0 0 218, and so on down line 21 of the text
        assertT3(c, new String[] {
            "217 1 0 0 0 0 218", "0 0 0 0 0 0 0", "71 0 0 0 0 0 71", "29 0 0 0 0 0 29",
            "4 0 0 0 0 0 4", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "3 0 0 0 0 0 3", "32 0 0 0 0 0 32", "0 0 0 0 0 0 0",
            "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "75 0 0 0 0 0 75", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
            "0 0 0 0 0 0 0", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
            "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "1 1 0 0 0 0 2", "217 1 0 0 0 0 218", "0 0 0 0 0 0 0"});
        // "…尚未审结总计21317000001324019": 2 1 3 1 7 | 0 0 0 0 0 | 13 2 4 0 19, the only cut where each group adds up
        assertT4(c, "2 1 3 1 7 0 0 0 0 0 13 2 4 0 19");
        // 行政规范性文件 "6233440" (62|3|3440? 6|2|33440? …) is not guessed
        assertEquals("?", c.get("T2.NORMATIVE.ISSUED"));
        assertEquals("4529", c.get("T2.LICENSING.DECISIONS"));
        assertEquals("18651.06", c.get("T2.FEES.AMOUNT"));
        assertTotalsClean(r);
    }

    private static void assertTotalsClean(AuditResult r) {
        Set<String> totals = r.findings().stream().filter(f -> f.getStatus() == Status.FAIL)
                .map(Finding::getRule).filter(id -> id.startsWith("OGI-TOTAL") || id.equals("OGI-TABLE-VALUE"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), totals, "the published tables add up");
    }

    // ---- one-number edits ----

    /** The 沭阳 report's extracted text, written as a text file: the same cells, easy to edit. */
    private Path shuyangText(String from, String to) throws IOException {
        List<String> lines = new ArrayList<>(Pipeline.check(Pipeline.corpus("dev/2023_沭阳县发展和改革局.html")).get(0).text());
        String all = String.join("\n", lines);
        if (from != null) {
            assertTrue(all.contains(from), "not in the text: " + from);
            all = all.replace(from, to);
        }
        Path f = tmp.resolve("shuyang-" + System.nanoTime() + ".txt");
        Files.writeString(f, all + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static List<Finding> of(AuditResult r, String rule) {
        return r.findings().stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    private static Set<String> totalsRules(AuditResult r, Status s) {
        return r.findings().stream().filter(f -> f.getStatus() == s && (f.getRule().startsWith("OGI-TOTAL") || f.getRule().startsWith("OGI-TABLE")
                || f.getRule().equals("OGI-FORMAT-TABLES"))).map(Finding::getRule).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theTextCopyIsCleanAsTheOriginal() throws IOException {
        AuditResult r = Pipeline.check(shuyangText(null, null)).get(0);
        assertEquals(Set.of(), totalsRules(r, Status.FAIL));
        assertEquals(Set.of(), totalsRules(r, Status.UNCERTAIN));
    }

    @Test
    void aTable4TotalOffByOneBreaksOnlyThatGroup() throws IOException {
        AuditResult r = Pipeline.check(shuyangText("0 | 0 | 0 | 1 | 1 | 0 | 0", "0 | 0 | 0 | 1 | 2 | 0 | 0")).get(0);
        assertEquals(Set.of("OGI-TOTAL-T4"), totalsRules(r, Status.FAIL));
        Finding f = of(r, "OGI-TOTAL-T4").get(0);
        assertTrue(f.getMessage().zh().startsWith("表四 行政复议：总计 2 = 2，而 "), f.getMessage().zh());
        assertTrue(f.getMessage().zh().endsWith("= 1（相差1）"), f.getMessage().zh());
        assertTrue(f.getMessage().en().startsWith("表四 行政复议: 总计 2 = 2, but "), f.getMessage().en());
        assertTrue(f.getMessage().en().endsWith("= 1 (difference 1)"), f.getMessage().en());
        assertEquals(5, f.getEvidence().size());
        assertTrue(f.getEvidence().stream().anyMatch(e -> "表四 行政复议 / 总计 = 2".equals(e.getCell())), f.getEvidence().toString());
    }

    @Test
    void aChangedApplicantCountBreaksTheColumnAndLeavesTheRowToTheBlanks() throws IOException {
        AuditResult r = Pipeline.check(shuyangText("一、本年新收政府信息公开申请数量 | 26 |", "一、本年新收政府信息公开申请数量 | 27 |")).get(0);
        // 自然人 column: 27 + 0 ≠ 26 + 0, every cell read → FAIL
        assertEquals(Set.of("OGI-TOTAL-T3-BALANCE"), totalsRules(r, Status.FAIL));
        Finding balance = of(r, "OGI-TOTAL-T3-BALANCE").get(0);
        assertEquals("表三 自然人列：本年新收政府信息公开申请数量 27 + 上年结转政府信息公开申请数量 0 = 27，而 "
                + "(七)总计 26 + 结转下年度继续办理 0 = 26（相差1）", balance.getMessage().zh());
        assertEquals("表三 自然人 column: 本年新收政府信息公开申请数量 27 + 上年结转政府信息公开申请数量 0 = 27, but "
                + "(七)总计 26 + 结转下年度继续办理 0 = 26 (difference 1)", balance.getMessage().en());
        // the row's 总计 26 against 27 + five blank cells: the blanks are not known to be 0 → UNCERTAIN
        assertEquals(Set.of("OGI-TOTAL-T3-APPLICANTS"), totalsRules(r, Status.UNCERTAIN));
    }

    @Test
    void aGluedTotalRowThatNoLongerMatchesBreaksBothColumnIdentities() throws IOException {
        String text = Files.readString(Pipeline.corpus("dev/2024_平潭综合实验区管委会_pingtan.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("（七）总计21710000218"), "the raw page writes full-width brackets");
        Path f = Files.writeString(tmp.resolve("pingtan.txt"), text.replace("（七）总计21710000218", "（七）总计21610000217"), StandardCharsets.UTF_8);
        AuditResult r = Pipeline.check(f).get(0);
        assertEquals(Set.of("OGI-TOTAL-T3-BALANCE", "OGI-TOTAL-T3-RESULTS"), totalsRules(r, Status.FAIL));
        Finding results = of(r, "OGI-TOTAL-T3-RESULTS").stream().filter(x -> x.getMessage().zh().contains("自然人")).findFirst().orElse(null);
        assertNotNull(results);
        String en = results.getMessage().en();
        assertTrue(en.contains("(七)总计 216 = 216, but the sum of 21 cells") && en.contains("= 217 (difference 1)")
                && en.contains("cut apart by each row's own total"), en);
        String zh = results.getMessage().zh();
        assertTrue(zh.contains("(七)总计 216 = 216，而 21格之和") && zh.contains("= 217（相差1）") && zh.contains("按各行自身的总计拆开"), zh);
    }

    @Test
    void aFractionalCountIsAnImpossibleValue() throws IOException {
        AuditResult r = Pipeline.check(shuyangText("规范性文件 | 8 | 0 | 18", "规范性文件 | 8.5 | 0 | 18")).get(0);
        assertEquals(Set.of("OGI-TABLE-VALUE"), totalsRules(r, Status.FAIL));
        Finding value = of(r, "OGI-TABLE-VALUE").get(0);
        assertEquals("表二 行政规范性文件 / 本年制发件数为8.5：件数、数量应为非负整数", value.getMessage().zh());
        assertEquals("表二 行政规范性文件 / 本年制发件数 is 8.5: a count must be a whole number, not negative", value.getMessage().en());
    }

    @Test
    void aMissingTableFourIsAFormatDefect() throws IOException {
        String all = String.join("\n", Pipeline.check(Pipeline.corpus("dev/2023_沭阳县发展和改革局.html")).get(0).text());
        int from = all.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int to = all.indexOf("五、存在的主要问题");
        Path f = Files.writeString(tmp.resolve("no-t4.txt"), all.substring(0, from) + "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"
                + all.substring(to), StandardCharsets.UTF_8);
        AuditResult r = Pipeline.check(f).get(0);
        assertEquals(Set.of("OGI-FORMAT-TABLES"), totalsRules(r, Status.FAIL));
        assertEquals("报告中没有找到统一格式的表四", of(r, "OGI-FORMAT-TABLES").get(0).getMessage().zh());
        assertEquals("表四 of the unified format was not found in the report", of(r, "OGI-FORMAT-TABLES").get(0).getMessage().en());
    }

    // ---- prose breakdowns and the pre-2019 appendix ----

    private AuditResult editCorpus(String file, String from, String to) throws IOException {
        String text = Files.readString(Pipeline.corpus(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "not in " + file + ": " + from);
        Path f = Files.writeString(tmp.resolve("edit-" + System.nanoTime() + ".txt"), text.replace(from, to), StandardCharsets.UTF_8);
        return Pipeline.check(f).get(0);
    }

    @Test
    void aCategoryInBracketsOrCalledOtherMidListDoesNotEndTheList() throws IOException {
        // the shape of a 街道 report (held-out H234): "政务(工作)动态类信息" has brackets, "其他文件信息" stands second of eight
        String list = "全年主动公开政府信息86条,其中:组织机构类信息2条;其他文件信息5条;政务(工作)动态类信息73条;财政预决算信息2条;"
                + "办事指南类信息1条;政府工作报告1条;政府信息公开工作年度报告1条;其他信息1条。";
        String text = Files.readString(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), StandardCharsets.UTF_8);
        int at = text.indexOf("二、主动公开政府信息情况");
        Path ok = Files.writeString(tmp.resolve("list-ok.txt"), text.substring(0, at) + list + "\n" + text.substring(at), StandardCharsets.UTF_8);
        assertEquals(Set.of(), totalsRules(Pipeline.check(ok).get(0), Status.FAIL), "2+5+73+2+1+1+1+1 = 86");
        Path off = Files.writeString(tmp.resolve("list-off.txt"), text.substring(0, at) + list.replace("73条", "74条") + "\n"
                + text.substring(at), StandardCharsets.UTF_8);
        AuditResult r = Pipeline.check(off).get(0);
        assertEquals(Set.of("OGI-TOTAL-BREAKDOWN"), totalsRules(r, Status.FAIL));
        String en = of(r, "OGI-TOTAL-BREAKDOWN").get(0).getMessage().en();
        assertTrue(en.endsWith("sum to 87 (difference 1)"), en);
    }

    @Test
    void aBreakdownEndingWithOtherThatNoLongerAddsUp() throws IOException {
        // 安州区 2018 line 23: 4435条。其中, 32 + 47 + 23 + 2227 + 20 + 190 + 405 + 其他信息1491 = 4435
        assertEquals(Set.of(), totalsRules(Pipeline.check(Pipeline.corpus("seeds/002_1714cd3d079ec93f.txt")).get(0), Status.FAIL));
        AuditResult r = editCorpus("seeds/002_1714cd3d079ec93f.txt", "其他信息1491条", "其他信息1492条");
        assertEquals(Set.of("OGI-TOTAL-BREAKDOWN"), totalsRules(r, Status.FAIL));
        Finding f = of(r, "OGI-TOTAL-BREAKDOWN").get(0);
        assertTrue(f.getMessage().en().startsWith("the text states 4435条, but its parts 概况类信息 32 + ")
                && f.getMessage().en().endsWith("sum to 4436 (difference 1)"), f.getMessage().en());
        assertTrue(f.getMessage().zh().startsWith("正文称共4435条，但其分项概况类信息 32 + ") && f.getMessage().zh().endsWith("之和为4436（相差1）"),
                f.getMessage().zh());
        assertEquals(23, f.getEvidence().get(0).getLine());
    }

    @Test
    void anAppendixGroupThatNoLongerAddsUp() throws IOException {
        // 朝阳区 2012 appendix, by content: 17 + 188 + 4799 + 2036 + 33 + 3628 = 10701 (lines 76–100)
        AuditResult r = editCorpus("seeds/000_4a8c81c2fb3c47ba.txt", "6.其他类信息数 |\n3628 |", "6.其他类信息数 |\n3629 |");
        List<Finding> legacy = of(r, "OGI-TOTAL-LEGACY");
        assertEquals(2, legacy.size(), legacy.toString());
        assertTrue(legacy.stream().anyMatch(f -> f.getMessage().en().contains("公开信息总数 (第1列) is 10701")
                && f.getMessage().en().contains("sum to 10702")), legacy.toString());
        assertTrue(legacy.stream().anyMatch(f -> f.getMessage().zh().contains("附表中“公开信息总数 (第1列)”为10701")
                && f.getMessage().zh().contains("之和为10702")), legacy.toString());
        assertTrue(legacy.stream().anyMatch(f -> f.getMessage().en().contains("twice: 11035 and 10701")
                && f.getMessage().zh().contains("：11035和10701")), "the real conflict stays");
    }

    @Test
    void gluedRowsThatCutTwoWaysAreResolvedOnlyByTheColumnTotals() {
        // "(一)予以公开220000022": 22|0|0|0|0|0|22 or 2|20|0|0|0|0|22 (extract.GluedDigitsTest); "(二)部分公开191000020":
        // 19|1|…|20 or 1|9|10|…|20
        AuditResult r = Pipeline.check(Pipeline.corpus("dev/2023_平潭综合实验区管委会_pingtan.txt")).get(0);
        Map<String, String> c = cells(r);
        assertEquals("22", c.get("T3.R3.1.NATURAL_PERSON"));
        assertEquals("0", c.get("T3.R3.1.COMMERCIAL"));
        assertEquals("19", c.get("T3.R3.2.NATURAL_PERSON"));
        assertEquals("1", c.get("T3.R3.2.COMMERCIAL"));
        // the prose agrees (line 13): "办结依申请公开81件,其中:予以公开及部分公开42件" = 22 + 20
        assertEquals(42, Integer.parseInt(c.get("T3.R3.1.TOTAL")) + Integer.parseInt(c.get("T3.R3.2.TOTAL")));
        assertTrue(r.facts().getTables().stream().filter(t -> t.getTable() == org.ogiaudit.model.Table.T3).allMatch(TableRead::isFullyRead));
    }
}
