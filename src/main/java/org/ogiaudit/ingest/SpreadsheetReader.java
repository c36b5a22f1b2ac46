package org.ogiaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogiaudit.model.Text;

/**
 * Reads a spreadsheet (.xlsx with XSSF, .xls with HSSF): a line "工作表: NAME" before each sheet, then each row as
 * " | "-separated cells like a web page table. A merged range is one cell in its first row and a blank cell in the
 * rows below; whole numbers are written as integers (1.0 → 1), dates as yyyy-MM-dd, formulas as their cached value.
 * Workbook properties (created, modified) are metadata named xlsx:…/xls:…, never a publication date.
 */
final class SpreadsheetReader {
    /** Lines that name a sheet; the extractor may use them as table captions. */
    static final String SHEET_PREFIX = "工作表: ";
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 200;

    private final DocumentFormat format;

    SpreadsheetReader(DocumentFormat format) {
        this.format = format;
    }

    DocumentReader.RawDocument read(byte[] bytes, long maxBytes) throws IngestException {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(Math.max(maxBytes * ZipPackages.MAX_EXPANSION, 100L << 20));
        String prefix = format.name().toLowerCase(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            List<Text> notes = new ArrayList<>();
            notes.add(Text.of("从电子表格读取（." + prefix + "，" + wb.getNumberOfSheets() + "个工作表）",
                    "read from a spreadsheet (." + prefix + ", " + wb.getNumberOfSheets() + " sheet(s))"));
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetVeryHidden(s)) continue;
                Sheet sheet = wb.getSheetAt(s);
                int before = lines.size();
                lines.add(SHEET_PREFIX + sheet.getSheetName());
                readSheet(sheet, lines, notes);
                if (lines.size() == before + 1) lines.remove(before); // an empty sheet says nothing
            }
            List<PageMetadata> meta = new ArrayList<>();
            if (wb instanceof XSSFWorkbook x) {
                POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
                if (core.getTitle() != null && !core.getTitle().isBlank()) {
                    meta.add(new PageMetadata(prefix + ":title", core.getTitle().strip(), prefix + ":title: " + core.getTitle().strip(), 0));
                }
                DocxReader.addDate(meta, prefix + ":created", core.getCreated());
                DocxReader.addDate(meta, prefix + ":modified", core.getModified());
            } else if (wb instanceof HSSFWorkbook h && h.getSummaryInformation() != null) {
                DocxReader.addDate(meta, prefix + ":created", h.getSummaryInformation().getCreateDateTime());
                DocxReader.addDate(meta, prefix + ":modified", h.getSummaryInformation().getLastSaveDateTime());
            }
            return new DocumentReader.RawDocument(null, lines, meta, 0, notes);
        } catch (IOException e) {
            if (ZipPackages.isBomb(e)) throw ZipPackages.bomb();
            throw new IngestException("无法读取的电子表格（." + prefix + "）：" + e.getMessage(),
                    "not a readable spreadsheet (." + prefix + "): " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            if (ZipPackages.isBomb(e)) throw ZipPackages.bomb();
            if (e.getClass().getSimpleName().contains("Encrypted")) {
                throw new IngestException("该电子表格有密码保护，无法读取", "the spreadsheet is encrypted with a password and cannot be read");
            }
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new IngestException("该电子表格（." + prefix + "）已损坏：" + why, "the spreadsheet (." + prefix + ") is damaged: " + why, e);
        }
    }

    private static void readSheet(Sheet sheet, List<String> lines, List<Text> notes) {
        // merged ranges: the top-left cell holds the value; "covered" cells are skipped (same row) or blank (rows below)
        Map<Long, CellRangeAddress> covered = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if ((long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1) > 100_000) continue;
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    if (row != r.getFirstRow() || col != r.getFirstColumn()) covered.put(key(row, col), r);
                }
            }
        }
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = 0; // exclusive, over the rows and the merged ranges
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) firstColumn = Math.min(firstColumn, row.getFirstCellNum());
            lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        for (CellRangeAddress r : sheet.getMergedRegions()) lastColumn = Math.max(lastColumn, r.getLastColumn() + 1);
        if (firstColumn == Integer.MAX_VALUE) return;
        int rows = 0;
        for (Row row : sheet) {
            if (++rows > MAX_ROWS) {
                notes.add(Text.of("工作表“" + sheet.getSheetName() + "”：只读取了前" + MAX_ROWS + "行", "sheet " + sheet.getSheetName() + ": only the first " + MAX_ROWS + " rows were read"));
                break;
            }
            int last = Math.min(lastColumn, firstColumn + MAX_COLUMNS);
            List<String> cells = new ArrayList<>();
            int keep = 0; // cells up to the last one with a value or standing for a merged range above
            for (int col = firstColumn; col < last; col++) {
                CellRangeAddress merged = covered.get(key(row.getRowNum(), col));
                if (merged != null) {
                    if (merged.getFirstRow() == row.getRowNum()) continue; // horizontal continuation: one cell
                    if (col != merged.getFirstColumn()) continue;          // a blank stands for the whole range
                    cells.add("");
                    keep = cells.size();
                    continue;
                }
                cells.add(value(row.getCell(col)));
                if (!cells.get(cells.size() - 1).isEmpty()) keep = cells.size();
            }
            cells.subList(keep, cells.size()).clear(); // empty cells at the end of a row (formatting only)
            if (cells.stream().anyMatch(c -> !c.isBlank())) lines.add(String.join(" | ", cells));
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    static String value(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        try {
            return switch (type) {
                case STRING -> cell.getStringCellValue().replaceAll("[\\r\\n]+", " ").strip();
                case NUMERIC -> numeric(cell);
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> "";
                default -> "";
            };
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String numeric(Cell cell) {
        double d = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            if (t != null) return t.toLocalDate().toString();
        }
        String fmt = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (fmt != null && fmt.contains("%")) return number(d * 100) + "%";
        return number(d);
    }

    /** 12.0 → "12", 0.1 + 0.2 → "0.3", never scientific notation. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        BigDecimal b = new BigDecimal(Double.toString(d)).round(new java.math.MathContext(15)).stripTrailingZeros();
        return b.toPlainString();
    }
}
