package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.extract.FactExtractor;

/** Statistics tables published as spreadsheets (.xlsx, .xls). */
class SpreadsheetReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    static final List<String> EXPECTED = List.of(
            "工作表: 表三",
            "三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况",
            "| 自然人 | 法人或其他组织 | 总计",
            "| | 商业企业 | 科研机构 |",
            "一、本年新收政府信息公开申请数量 | 26 | 0 | 0 | 26",
            "二、上年结转政府信息公开申请数量 | 0.5 | 0 | 0 | 0.5",
            "办结率 | 100%",
            "填报日期 | 2024-01-17",
            "工作表: 表四",
            "行政复议 | 结果维持 | 1");

    /** Table 三's head as organs lay it out: merged across and down, a formula total, a percentage and a date. */
    static Path workbook(Workbook wb, Path out) throws Exception {
        Sheet s = wb.createSheet("表三");
        wb.createSheet("空白");
        Sheet s4 = wb.createSheet("表四");
        row(s, 0, "三、收到和处理政府信息公开申请情况");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        row(s, 1, "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况");
        s.addMergedRegion(new CellRangeAddress(1, 3, 0, 0)); // down three rows
        s.addMergedRegion(new CellRangeAddress(1, 1, 1, 4)); // across four columns
        row(s, 2, null, "自然人", "法人或其他组织", null, "总计");
        s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
        s.addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
        row(s, 3, null, null, "商业企业", "科研机构");
        Row r4 = row(s, 4, "一、本年新收政府信息公开申请数量");
        r4.createCell(1).setCellValue(26.0);
        r4.createCell(2).setCellValue(0);
        r4.createCell(3).setCellValue(0);
        r4.createCell(4).setCellFormula("SUM(B5:D5)");
        Row r5 = row(s, 5, "二、上年结转政府信息公开申请数量");
        r5.createCell(1).setCellValue(0.5);
        r5.createCell(2).setCellValue(0);
        r5.createCell(3).setCellValue(0);
        r5.createCell(4).setCellFormula("SUM(B6:D6)");
        Row r6 = row(s, 6, "办结率");
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
        r6.createCell(1).setCellValue(1.0);
        r6.getCell(1).setCellStyle(pct);
        r6.createCell(4).setCellValue(""); // an empty cell at the end of a row is formatting, not a cell
        Row r7 = row(s, 8, "填报日期"); // row 8: an empty row between is skipped
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        r7.createCell(1).setCellValue(LocalDate.of(2024, 1, 17));
        r7.getCell(1).setCellStyle(date);
        row(s4, 0, "行政复议", "结果维持").createCell(2).setCellValue(1);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached formula results, as Excel saves them
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
        wb.close();
        return out;
    }

    private static Row row(Sheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) r.createCell(i).setCellValue(values[i]);
        }
        return r;
    }

    @Test
    void xlsxSheetsRowsAndMergedCells() throws Exception {
        Path f = workbook(new XSSFWorkbook(), dir.resolve("表三.xlsx"));
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.XLSX, doc.format());
        assertEquals(EXPECTED, doc.lines());
        assertTrue(doc.meta("xlsx:created") != null);
        assertNull(publishedOn(doc));
    }

    @Test
    void xlsReadsTheSame() throws Exception {
        Path f = workbook(new HSSFWorkbook(), dir.resolve("表三.xls"));
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.XLS, doc.format());
        assertEquals(EXPECTED, doc.lines());
    }

    @Test
    void anXlsThatIsAWebPageIsReadAsOne() throws Exception {
        // many systems export "xls" files that are HTML tables
        Path f = dir.resolve("export.xls");
        Renderings.html(EXPECTED.subList(1, EXPECTED.size()), "表三", "GBK", f);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.HTML, doc.format());
    }

    @Test
    void numbers() {
        assertEquals("26", SpreadsheetReader.number(26.0));
        assertEquals("0.3", SpreadsheetReader.number(0.1 + 0.2));
        assertEquals("-3", SpreadsheetReader.number(-3.0));
        assertEquals("12345678901", SpreadsheetReader.number(12345678901.0));
        assertEquals("24252.311082", SpreadsheetReader.number(24252.311082));
    }

    /** The publication date the extractor gives the document (the file's own dates must not be taken for it). */
    private static java.time.LocalDate publishedOn(SourceDocument doc) {
        return new FactExtractor(org.ogiaudit.Pipeline.rulebook().vocabulary()).extract(doc).get(0).getReport().getPublishedOn();
    }
}
