package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs offices open in Word and Excel (or WPS): a draft review notice per report with findings, and the ranking
 * with every finding as a workbook. Read back with Apache POI against the JSON of the same run; converted by
 * LibreOffice to PDF and pictures under target/screenshots/ for a person to look at.
 */
class OfficeOutputsTest {
    @TempDir
    static Path tmp;
    static JsonNode json;
    static Path notices;
    static Path workbook;

    @BeforeAll
    static void writeThem() throws IOException {
        assertEquals(0, Cli.run("check", "--format", "json", "--out", tmp.resolve("r.json").toString(), "reports-in").exit());
        json = new ObjectMapper().readTree(tmp.resolve("r.json").toFile());
        notices = tmp.resolve("notices");
        Cli docx = Cli.run("check", "--format", "docx", "--out", notices.toString(), "reports-in");
        assertEquals(0, docx.exit(), docx.err());
        workbook = tmp.resolve("ranking.xlsx");
        Cli xlsx = Cli.run("check", "--format", "xlsx", "--out", workbook.toString(), "reports-in");
        assertEquals(0, xlsx.exit(), xlsx.err());
    }

    private static List<String> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        }
    }

    @Test
    void aNoticeForEveryReportWithFindings() throws IOException {
        List<String> expected = new ArrayList<>();
        for (JsonNode r : json.get("reports")) {
            if (r.get("findings").size() > 0) {
                expected.add(r.at("/facts/agency").asText() + r.at("/facts/reportYear").asInt() + "年度报告审核意见.docx");
            }
        }
        List<String> written;
        try (Stream<Path> s = Files.list(notices)) {
            written = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted().toList();
        }
        assertEquals(expected.stream().sorted().toList(), written);
        assertTrue(written.size() < json.get("reports").size(), "a report without findings (沭阳 2023) gets no notice");
    }

    @Test
    void aCrossReportFindingIsInItsReportsNoticeAndItsScore() throws IOException {
        // reports-in/003 holds 营口市人民政府's reports of several years; the 2010 one repeats half the 2009 one's sentences
        JsonNode copy = null;
        for (JsonNode c : json.get("crossReport")) {
            if (c.get("rule").asText().equals("OGI-CROSS-COPY") && c.at("/report/reportYear").asInt() == 2010) copy = c;
        }
        assertNotNull(copy, json.get("crossReport").toString());
        List<String> p = paragraphs(notices.resolve("营口市人民政府2010年度报告审核意见.docx"));
        String all = String.join("\n", p);
        assertTrue(all.contains("报告内容与其他报告雷同") && all.contains("营口市人民政府 2009"), all);
        int score = 0;
        for (JsonNode k : json.get("ranking")) {
            if (k.get("reportYear").asInt() == 2010 && k.get("file").asText().startsWith("reports-in/003_")) score = k.get("score").asInt();
        }
        assertTrue(all.contains("本报告得分" + score + "分"), "the notice's score is the ranking's, " + score + ": " + all);
    }

    @Test
    void aNoticeReadsAsAnOfficialReviewOpinion() throws IOException {
        // 平潭县人民政府 2013: two findings that deduct (OGI-FEES, OGI-PERIOD-MISSING) and the advisory OGI-SEC-OTHER
        JsonNode report = null;
        for (JsonNode r : json.get("reports")) if (r.at("/facts/agency").asText().equals("平潭县人民政府")) report = r;
        List<String> p = paragraphs(notices.resolve("平潭县人民政府2013年度报告审核意见.docx"));
        assertEquals("关于平潭县人民政府2013年政府信息公开工作年度报告的审核意见", p.get(0));
        assertEquals("（整改通知稿）", p.get(1));
        assertEquals("平潭县人民政府：", p.get(2));
        assertTrue(p.get(3).startsWith("经审核，你单位于2014年1月22日公布的《平潭县人民政府2013年政府信息公开工作年度报告》存在以下问题"), p.get(3));
        // items numbered 一、二、… in the order of the findings that deduct, each with its points, basis, quote and advice
        List<JsonNode> deducting = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("deducted").asBoolean()) deducting.add(f);
        assertEquals(2, deducting.size(), report.get("findings").toString());
        String[] numerals = {"一、", "二、", "三、"};
        for (int i = 0; i < deducting.size(); i++) {
            JsonNode f = deducting.get(i);
            String heading = numerals[i] + f.get("title").asText() + "（扣" + f.get("points").asInt() + "分）";
            int at = p.indexOf(heading);
            assertTrue(at > 0, "item " + heading + " in " + p);
            assertEquals("问题：" + f.get("message").asText() + "。", p.get(at + 1));
            assertEquals("依据（" + ("statute".equals(f.get("basisKind").asText()) ? "法定" : "通行做法") + "）：" + f.get("basis").asText() + "。",
                    p.get(at + 2));
            assertTrue(p.get(at + 3).startsWith("原文：第" + f.at("/evidence/0/line").asInt() + "行“"), p.get(at + 3));
            assertEquals("整改建议：" + f.get("advice").asText(), p.get(at + 4));
        }
        assertTrue(p.contains("此外，以下事项不扣分，建议一并改进："), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("三、未单列“其他需要报告的事项”")), "the advisory item continues the numbering");
        assertTrue(p.contains("按推荐口径评分，本报告得分" + report.get("score").asInt() + "分（满分100分），其中完整性扣10分、及时性扣0分、一致性扣0分、规范性扣5分。"),
                p.toString());
        assertTrue(p.contains("（落款单位）") && p.contains("____年__月__日"), "blanks for the office to fill");
        String last = p.get(p.size() - 1);
        assertTrue(last.startsWith("本稿由 ogi-audit ") && last.contains(json.at("/rulebook/sha256").asText().substring(0, 16)), last);
        try (InputStream in = Files.newInputStream(notices.resolve("平潭县人民政府2013年度报告审核意见.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals("11906", size.getW().toString(), "A4");
            assertEquals("16838", size.getH().toString(), "A4");
        }
    }

    @Test
    void anEnglishNoticeAndAFolderThatIsNotReplacedWithoutForce() throws IOException {
        Path en = tmp.resolve("notices-en");
        assertEquals(0, Cli.run("check", "--lang", "en", "--format", "docx", "--out", en.toString(), "reports-in/2024_淮安市人民政府.pdf").exit());
        List<String> p = paragraphs(en.resolve("淮安市人民政府 2024 review.docx"));
        assertEquals("Review of the 2024 government information disclosure annual report of 淮安市人民政府", p.get(0));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("1. No account of 工作考核")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("Basis (statute): 2019 Regulations Art. 50(4)")), p.toString());

        Cli again = Cli.run("check", "--format", "docx", "--out", en.toString(), "reports-in/2024_淮安市人民政府.pdf");
        assertEquals(4, again.exit(), "an existing folder is not replaced without --force");
        assertTrue(again.err().contains("不是空文件夹；给出 --force"), again.err());
        assertEquals(0, Cli.run("check", "--force", "--format", "docx", "--out", en.toString(), "reports-in/2024_淮安市人民政府.pdf").exit());
        assertTrue(Files.exists(en.resolve("淮安市人民政府2024年度报告审核意见.docx")), "replaced whole, now in Chinese");
        assertTrue(!Files.exists(en.resolve("淮安市人民政府 2024 review.docx")), "no stale notice is left behind");
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("草稿.docx"), "mine");
        assertEquals(4, Cli.run("check", "--force", "--format", "docx", "--out", mine.toString(), "reports-in/2024_淮安市人民政府.pdf").exit());
        assertEquals("mine", Files.readString(mine.resolve("草稿.docx")));
        assertEquals(2, Cli.run("check", "--format", "docx", "reports-in/2024_淮安市人民政府.pdf").exit(), "docx needs --out");
    }

    @Test
    void theWorkbookRanksEachYearAndListsEveryFinding() throws IOException {
        Map<String, JsonNode> ranking = new HashMap<>();
        for (JsonNode k : json.get("ranking")) ranking.put(k.get("file").asText() + "#" + k.get("part").asInt(), k);
        int findings = 0;
        for (JsonNode r : json.get("reports")) findings += r.get("findings").size();
        findings += json.get("crossReport").size(); // listed with their reports, the other report named in the message
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) sheets.add(book.getSheetName(i));
            assertEquals(List.of("2024年", "2023年", "2021年", "2018年", "2013年", "2012年", "2010年", "2009年", "问题清单", "说明"), sheets);
            int ranked = 0;
            for (String name : sheets.subList(0, 8)) {
                XSSFSheet sheet = book.getSheet(name);
                assertEquals("排名", sheet.getRow(0).getCell(0).getStringCellValue());
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane()
                        && sheet.getPaneInformation().getHorizontalSplitPosition() == 1, name + ": the header is frozen");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + ": the header has filters");
                int previous = 0;
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String key = row.getCell(19).getStringCellValue() + "#" + (int) row.getCell(20).getNumericCellValue();
                    JsonNode k = ranking.get(key);
                    int rank = (int) row.getCell(0).getNumericCellValue();
                    assertEquals(k.get("rank").asInt(), rank, key);
                    assertEquals(k.get("score").asInt(), (int) row.getCell(6).getNumericCellValue(), key);
                    assertEquals(name, k.get("reportYear").asInt() + "年");
                    assertTrue(rank >= previous, name + " is in rank order");
                    previous = rank;
                    ranked++;
                }
            }
            assertEquals(13, ranked, "every report is ranked on its year's sheet");
            XSSFSheet list = book.getSheet("问题清单");
            assertEquals(findings, list.getLastRowNum(), "one row per finding");
            assertTrue(list.getCTWorksheet().isSetAutoFilter());
            Row header = list.getRow(0);
            List<String> names = new ArrayList<>();
            for (Cell c : header) names.add(c.getStringCellValue());
            assertEquals(List.of("机关", "年度", "规则", "标题", "状态", "严重程度", "扣分", "分值", "依据类型", "依据", "说明", "引文", "行号",
                    "其他引文行号", "整改建议", "文件", "部分"), names);
            boolean seen = false;
            for (int r = 1; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                if (!row.getCell(0).getStringCellValue().equals("绵阳市安州区人民政府")) continue;
                if (!row.getCell(2).getStringCellValue().equals("OGI-PERIOD-MISSING")) continue;
                seen = true;
                assertEquals(2018, (int) row.getCell(1).getNumericCellValue());
                assertEquals("不合格", row.getCell(4).getStringCellValue());
                assertEquals(5, (int) row.getCell(6).getNumericCellValue());
                assertEquals("通行做法", row.getCell(8).getStringCellValue());
                assertTrue(row.getCell(11).getStringCellValue().startsWith("根据《中华人民共和国政府信息公开条例》"));
                assertEquals(7, (int) row.getCell(12).getNumericCellValue());
            }
            assertTrue(seen, "安州区 2018's missing period is a row");
            // a publication date is a date an office can sort by
            Row shuyang = book.getSheet("2023年").getRow(1); // 沭阳县发改局, published 2024-01-17
            Cell published = shuyang.getCell(16);
            assertEquals(CellType.NUMERIC, published.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(published));
            assertTrue(book.getSheet("说明").getRow(1).getCell(1).getStringCellValue().contains("评分口径：推荐口径"));
        }
        assertEquals(2, Cli.run("check", "--format", "xlsx", "reports-in").exit(), "a workbook is never written to the terminal");
        assertEquals(4, Cli.run("check", "--format", "xlsx", "--out", workbook.toString(), "reports-in").exit(), "not replaced without --force");
    }

    @Test
    void libreOfficeOpensTheNoticeAndTheWorkbook() throws Exception {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(LibreOffice.installed(), "LibreOffice is not installed (.ci/run installs libreoffice-writer-nogui and "
                    + "libreoffice-calc-nogui): the Word and Excel outputs are not rendered");
        }
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Path profile = tmp.resolve("lo-profile");
        Path notice = shots.resolve("notice.docx");
        Files.copy(notices.resolve("平潭县人民政府2013年度报告审核意见.docx"), notice, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path pdf = LibreOffice.toPdf(notice, shots, profile);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("关于平潭县人民政府2013年政府信息公开工作年度报告的审核意见"), "LibreOffice renders the notice's title");
            assertTrue(text.contains("整改建议"), text);
            assertTrue(doc.getNumberOfPages() >= 2, "an A4 notice of three items");
        }
        LibreOffice.toPng(pdf, shots, "notice", 4);
        Path ranking = shots.resolve("ranking.xlsx");
        Files.copy(workbook, ranking, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path sheets = LibreOffice.toPdf(ranking, shots, profile);
        try (PDDocument doc = Loader.loadPDF(sheets.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("淮安市人民政府") && text.contains("排名"), "LibreOffice renders the ranking");
            assertTrue(doc.getNumberOfPages() <= 12, "sheets print one page wide: " + doc.getNumberOfPages() + " pages");
        }
        LibreOffice.toPng(sheets, shots, "ranking", 3);
    }
}
