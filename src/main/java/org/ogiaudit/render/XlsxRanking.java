package org.ogiaudit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Text;
import org.ogiaudit.score.CrossAdjustments;
import org.ogiaudit.score.Ranking;

/**
 * The ranking and the findings as an Excel workbook, for offices that work in Excel or WPS: one sheet per report year,
 * reports ranked by score (ties share a rank), then one row per finding, then what produced it. Headers are frozen and
 * filtered; dates are dates and numbers numbers, so that the office can sort and sum.
 *
 * <p>Findings rows are streamed to the sheet as reports are checked (Apache POI's SXSSF keeps only a window of rows in
 * memory); the ranking, which needs the whole batch, is written at the end from the small per-report rows, and its
 * sheets are then put first.
 */
public final class XlsxRanking implements Renderer {
    /** Rows of a streamed sheet kept in memory. */
    private static final int WINDOW = 200;
    /** Excel's limit for one cell. */
    private static final int CELL_MAX = 32_000;

    private final OutputStream out;
    private final Words words;
    private final List<Ranking.Row> rows = new ArrayList<>();
    private SXSSFWorkbook book;
    private SXSSFSheet findings;
    private final CrossAdjustments adjustments = new CrossAdjustments();
    private CellStyle header;
    private CellStyle wrap;
    private CellStyle date;
    private RunInfo run;
    private int findingRow;

    public XlsxRanking(OutputStream out, Lang lang) {
        this.out = out;
        this.words = new Words(lang);
    }

    @Override public void begin(RunInfo run) {
        this.run = run;
        book = new SXSSFWorkbook(WINDOW);
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat(words.lang() == Lang.ZH ? "yyyy\"年\"m\"月\"d\"日\"" : "yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        findings = book.createSheet(words.get("xlsx.sheet.findings"));
        String[] names = words.get("xlsx.findings.header").split(",");
        header(findings, names, new int[] {20, 7, 20, 26, 10, 7, 6, 6, 9, 36, 44, 40, 6, 10, 36, 26, 5});
        findingRow = 1;
    }

    @Override public void report(AuditResult r) {
        rows.add(Ranking.Row.of(r));
        Report rep = r.facts() == null ? null : r.facts().getReport();
        for (Finding f : r.findings()) {
            finding(rep == null ? null : rep.getAgency(), rep == null ? null : rep.getReportYear(), f, f.getMessage(), r.file(), r.part());
        }
    }

    /** A cross-report finding is listed with its report, its message naming the other; the ranking takes its points. */
    @Override public void cross(CrossFinding cf) {
        adjustments.add(cf);
        finding(cf.report().getOrgan(), cf.report().getYear(), cf.finding(), cf.finding().getMessage(), cf.report().getFile(),
                cf.report().getPart());
    }

    private void finding(String organ, Integer year, Finding f, Text message, String file, int part) {
        Row row = findings.createRow(findingRow++);
        int c = 0;
        text(row, c++, organ);
        number(row, c++, year);
        text(row, c++, f.getRule());
        text(row, c++, words.text(f.getTitle()));
        text(row, c++, words.status(f));
        text(row, c++, words.label(f.getSeverity()));
        number(row, c++, f.getDeducted());
        number(row, c++, f.getPoints());
        text(row, c++, words.label(f.getBasisKind()));
        text(row, c++, words.text(f.getBasis()));
        text(row, c++, words.text(message));
        Evidence first = f.getEvidence().isEmpty() ? null : f.getEvidence().get(0);
        text(row, c++, first == null ? null : first.getCell() == null ? first.getQuote() : first.getCell() + "  " + first.getQuote());
        number(row, c++, first == null ? null : first.getLine());
        text(row, c++, String.join(", ", f.getEvidence().stream().skip(1).map(e -> String.valueOf(e.getLine())).toList()));
        text(row, c++, words.text(f.getAdvice()));
        text(row, c++, file);
        number(row, c, part);
    }

    @Override public void end(Tally tally) throws IOException {
        try {
            if (findingRow > 1) findings.setAutoFilter(new CellRangeAddress(0, findingRow - 1, 0, 16));
            Map<Integer, List<Ranking.Ranked>> byYear = new TreeMap<>(Comparator.reverseOrder());
            List<Ranking.Ranked> noYear = new ArrayList<>();
            for (Ranking.Ranked k : Ranking.rank(adjustments.apply(rows))) {
                if (k.row().year() == null) noYear.add(k); else byYear.computeIfAbsent(k.row().year(), y -> new ArrayList<>()).add(k);
            }
            int position = 0;
            for (var e : byYear.entrySet()) {
                ranking(words.get("xlsx.sheet.year", e.getKey()), e.getValue());
                book.setSheetOrder(words.get("xlsx.sheet.year", e.getKey()), position++);
            }
            if (!noYear.isEmpty()) {
                ranking(words.get("xlsx.sheet.noYear"), noYear);
                book.setSheetOrder(words.get("xlsx.sheet.noYear"), position++);
            }
            about(tally);
            book.setActiveSheet(0);
            book.setSelectedTab(0);
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }

    private void ranking(String name, List<Ranking.Ranked> ranked) {
        SXSSFSheet sheet = book.createSheet(name);
        String[] names = words.get("xlsx.ranking.header").split(",");
        header(sheet, names, new int[] {6, 8, 22, 8, 10, 12, 6, 7, 7, 7, 7, 7, 6, 7, 6, 7, 14, 26, 14, 30, 5, 24});
        List<Ranking.Ranked> ordered = new ArrayList<>(ranked);
        ordered.sort(Comparator.comparing((Ranking.Ranked k) -> k.rank() == 0 ? Integer.MAX_VALUE : k.rank())
                .thenComparing(k -> k.row().agency() == null ? "" : k.row().agency()));
        int n = 1;
        for (Ranking.Ranked k : ordered) {
            Ranking.Row r = k.row();
            Row row = sheet.createRow(n++);
            int c = 0;
            number(row, c++, k.rank() == 0 ? null : k.rank());
            number(row, c++, k.regionRank() == 0 ? null : k.regionRank());
            text(row, c++, r.agency());
            text(row, c++, r.organKind() == null ? null : words.label(r.organKind()));
            text(row, c++, r.region());
            text(row, c++, r.regime() == null ? null : words.label(r.regime()));
            number(row, c++, r.score());
            for (Category cat : Category.values()) number(row, c++, r.deducted().isEmpty() ? null : r.deducted().getOrDefault(cat, 0));
            number(row, c++, r.ok() ? r.fails().values().stream().mapToInt(Integer::intValue).sum() : null);
            number(row, c++, r.ok() ? r.uncertain() : null);
            number(row, c++, r.ok() ? r.advisory() : null);
            number(row, c++, r.ok() ? r.accepted() : null);
            number(row, c++, r.ok() ? r.applicable() : null);
            date(row, c++, r.publishedOn());
            text(row, c++, String.join(" ", r.failedRules()));
            text(row, c++, words.marks(r));
            text(row, c++, r.file());
            number(row, c++, r.part());
            text(row, c, words.text(r.error()));
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, n - 1), 0, names.length - 1));
    }

    private void about(Tally tally) {
        SXSSFSheet sheet = book.createSheet(words.get("xlsx.sheet.about"));
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        printable(sheet);
        String[][] lines = {
            {words.get("xlsx.about.run"), words.runLine(run)},
            {words.get("xlsx.about.scoring"), words.get("scoring.explained", words.profile(run.profile())) + " " + run.scoringMethod()},
            {words.get("xlsx.about.sheets"), words.get("xlsx.about.sheetsText")},
            {"", tally.summaryLine(words.lang())},
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            Cell k = row.createCell(0);
            k.setCellValue(lines[i][0]);
            k.setCellStyle(header);
            text(row, 1, lines[i][1]);
        }
    }

    private void header(SXSSFSheet sheet, String[] names, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int i = 0; i < names.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(header);
            // column widths in characters; a Chinese character is about two
            sheet.setColumnWidth(i, Math.min(255, widths[Math.min(i, widths.length - 1)]) * 256);
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
    }

    /** Printed, a sheet is landscape A4, one page wide, its header repeated on every page. */
    private static void printable(SXSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private void text(Row row, int col, String value) {
        if (value == null || value.isEmpty()) return;
        Cell c = row.createCell(col);
        c.setCellValue(value.length() > CELL_MAX ? value.substring(0, CELL_MAX) + "…" : value);
        c.setCellStyle(wrap);
    }

    private static void number(Row row, int col, Integer value) {
        if (value == null) return;
        row.createCell(col).setCellValue(value);
    }

    private void date(Row row, int col, LocalDate value) {
        if (value == null) return;
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(date);
    }
}
