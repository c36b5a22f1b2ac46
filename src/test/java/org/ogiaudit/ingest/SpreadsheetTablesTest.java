package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.Pipeline;
import org.ogiaudit.batch.Check;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;

/**
 * A report whose tables are published as a spreadsheet beside it: the real 沭阳县发展和改革局 2023 page with its three
 * tables taken out of the page and put into an .xlsx, one sheet a table, row for row. Tied to the page by its file name
 * or by a manifest, the spreadsheet completes the report: the same facts, table cell for table cell, and the same
 * FAILs as the original page; untied, it is listed as a statistics table and the page lacks its tables.
 */
class SpreadsheetTablesTest {
    private static final Path ORIGINAL = Path.of("reports-in", "2023_沭阳县发展和改革局.html");
    private static final String STEM = "2023_沭阳县发展和改革局";

    @TempDir
    static Path tmp;
    private static Path page;
    private static Path workbook;
    private static AuditResult original;

    @BeforeAll
    static void splitThePage() throws Exception {
        original = check(List.of(ORIGINAL.toString()), null).get(0);
        assertTrue(original.isOk(), String.valueOf(original.error()));
        assertTrue(original.facts().getTables().stream().allMatch(TableRead::isFullyRead), "the original page has its three tables");
        // the page without its statistics tables (the page template's table of fields, 索引号 and the like, stays)
        Document html = Jsoup.parse(ORIGINAL.toFile(), "UTF-8");
        var tables = html.select("table").stream().filter(t -> !t.text().contains("索引号")).toList();
        assertEquals(3, tables.size());
        // the tables cell for cell, one sheet a table, as a statistics office exports them
        workbook = tmp.resolve("tables.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            for (int n = 0; n < tables.size(); n++) {
                Sheet sheet = wb.createSheet("表" + (n + 1));
                int r = 0;
                for (var tr : tables.get(n).select("tr")) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (var cell : tr.select("> td, > th")) {
                        String text = cell.text().strip();
                        if (!text.isEmpty()) row.createCell(c).setCellValue(text);
                        c++;
                    }
                }
            }
            wb.write(out);
        }
        tables.forEach(org.jsoup.nodes.Element::remove);
        page = tmp.resolve("page.html");
        Files.writeString(page, html.outerHtml(), StandardCharsets.UTF_8);
    }

    /** Checks {@code args} as {@code ogi-audit check} does, with the manifest when not null; returns every result. */
    static List<AuditResult> check(List<String> args, Manifest manifest) throws Exception {
        List<AuditResult> results = new ArrayList<>();
        Renderer collect = new Renderer() {
            @Override public void begin(RunInfo run) { }

            @Override public void report(AuditResult r) { results.add(r); }

            @Override public void end(Tally tally) { }
        };
        Check check = new Check(Pipeline.rulebook(), new Check.Options(1, Duration.ofSeconds(60), ReadOptions.DEFAULTS, manifest, null,
                org.ogiaudit.score.Profile.RECOMMENDED));
        InputFiles.Scan scan = InputFiles.scan(args);
        check.run(scan.inputs(), scan.ignored(), collect, r -> { });
        return results;
    }

    private static Path folder(String name, Path... files) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (Path f : files) Files.copy(f, dir.resolve(f.getFileName()));
        return dir;
    }

    private static Path copy(Path file, Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        return Files.copy(file, dir.resolve(name));
    }

    /** The facts of {@code facts} that start with one of {@code kinds} ("table ", "cell ", "reportYear="). */
    private static List<String> facts(org.ogiaudit.model.ReportFacts facts, String... kinds) {
        return FactDigest.of(facts).stream().filter(f -> java.util.Arrays.stream(kinds).anyMatch(f::startsWith)).toList();
    }

    /**
     * The report completed by its spreadsheet: its tables cell for cell, its organ, year, dates and period, and the FAILs
     * of the page with its tables. The page's text is not the original's: a heading whose whole body was a table now
     * stands over nothing, and what the tables' words said (a statement on 行政复议) is not in the text.
     */
    private static void sameAnswerAsTheOriginal(AuditResult r) throws Exception {
        assertTrue(r.isOk(), String.valueOf(r.error()));
        assertEquals(facts(original.facts(), "table ", "cell "), facts(r.facts(), "table ", "cell "), "every table cell");
        String[] report = {"agency=", "organKind=", "reportYear=", "publishedOn=", "signedOn=", "period=", "yearClaim "};
        assertEquals(facts(original.facts(), report), facts(r.facts(), report));
        assertEquals(FactDigest.fails(original.findings()), FactDigest.fails(r.findings()));
        assertTrue(r.findings().stream().noneMatch(f -> f.getRule().equals("OGI-FORMAT-TABLES")), r.findings().toString());
        assertTrue(r.facts().getTables().stream().allMatch(t -> t.getNote() != null && t.getNote().en().startsWith("read from the spreadsheet ")
                        && t.getNote().zh().startsWith("读自电子表格 ")),
                "each table says it was read from the spreadsheet");
        // a totals finding would quote the spreadsheet's lines, after the page's own
        int pageLines = r.facts().getReport().getLastLine();
        assertTrue(r.facts().getTableCells().stream().filter(c -> c.getLine() > 0).allMatch(c -> c.getLine() > pageLines));
    }

    @Test
    void withoutItsSpreadsheetThePageLacksItsTables() throws Exception {
        Path dir = folder("alone");
        Path html = copy(page, dir, STEM + ".html");
        Path other = copy(workbook, dir, "附件1.xlsx"); // a name that ties it to nothing
        List<AuditResult> results = check(List.of(dir.toString()), null);
        assertEquals(2, results.size(), results.toString());
        AuditResult report = results.stream().filter(r -> r.file().equals(html.toString())).findFirst().orElseThrow();
        assertTrue(report.facts().getTables().stream().allMatch(TableRead::isAbsent));
        // the headings 二、三、四 are still there: the tables may be somewhere (UNCERTAIN, see absence.drl)
        assertEquals(3, report.findings().stream().filter(f -> f.getRule().equals("OGI-FORMAT-TABLES")).count());
        AuditResult sheet = results.stream().filter(r -> r.file().equals(other.toString())).findFirst().orElseThrow();
        assertTrue(sheet.error().en().startsWith("spreadsheet (.xlsx): a statistics table, not a report"), sheet.error().en());
        assertTrue(sheet.error().zh().startsWith("电子表格（.xlsx）：是统计表而不是报告"), sheet.error().zh());
    }

    @Test
    void aSpreadsheetNamedAfterThePageCompletesIt() throws Exception {
        Path dir = folder("by-name");
        Path html = copy(page, dir, STEM + ".html");
        copy(workbook, dir, STEM + "_统计表.xlsx");
        List<AuditResult> results = check(List.of(dir.toString()), null);
        assertEquals(1, results.size(), "the spreadsheet is part of the report: " + results);
        assertEquals(html.toString(), results.get(0).file());
        sameAnswerAsTheOriginal(results.get(0));
        assertTrue(results.get(0).facts().getNotes().stream().anyMatch(n -> n.contains("表三 was read from the spreadsheet")),
                results.get(0).facts().getNotes().toString());
    }

    @Test
    void aManifestTiesASpreadsheetOfTheSameOrganAndYear() throws Exception {
        Path dir = folder("by-manifest");
        copy(page, dir, "content_1.html");
        copy(workbook, dir, "tables.xlsx");
        copy(Path.of("reports-in", "2024_淮安市人民政府.pdf"), dir, "content_2.pdf"); // another organ: not tied to it
        Path csv = Files.writeString(tmp.resolve("manifest.csv"), "file,agency,organ_kind,region,url,published_on,year\n"
                + "content_1.html,沭阳县发展和改革局,,,,,2023\n"
                + "tables.xlsx,沭阳县发展和改革局,,,,,2023年\n"
                + "content_2.pdf,淮安市人民政府,,,,,2024\n", StandardCharsets.UTF_8);
        List<AuditResult> results = check(List.of(dir.toString()), Manifest.read(csv));
        assertEquals(2, results.size(), results.toString());
        AuditResult report = results.stream().filter(r -> r.file().endsWith("content_1.html")).findFirst().orElseThrow();
        sameAnswerAsTheOriginal(report);
    }

    @Test
    void aSpreadsheetOfAnotherYearIsNotUsedAndSaysWhy() throws Exception {
        Path dir = folder("other-year");
        Path html = copy(page, dir, STEM + ".html");
        Path sheet = copy(workbook, dir, STEM + "_统计表.xlsx"); // named after the page, but the manifest says 2022
        Path csv = Files.writeString(tmp.resolve("other-year.csv"), "file,year\n" + STEM + "_统计表.xlsx,2022\n", StandardCharsets.UTF_8);
        List<AuditResult> results = check(List.of(dir.toString()), Manifest.read(csv));
        assertEquals(2, results.size(), results.toString());
        AuditResult report = results.get(0);
        assertEquals(html.toString(), report.file());
        assertTrue(report.facts().getTables().stream().allMatch(TableRead::isAbsent));
        assertEquals(sheet.toString(), results.get(1).file());
        assertEquals("spreadsheet (.xlsx): a statistics table, not a report; a folder scan does not check it alone (name it on "
                + "the command line to read it); tied to " + html + " by its file name, but it is for 2022 and " + html
                + " a report on 2023: its tables were not used", results.get(1).error().en());
        assertTrue(results.get(1).error().zh().endsWith("它是2022年度的，而 " + html + " 是2023年度的报告：其表格未被使用"),
                results.get(1).error().zh());
    }

    @Test
    void aPageWithItsOwnTablesNeedsNoSpreadsheet() throws Exception {
        Path dir = folder("not-needed");
        Path html = copy(ORIGINAL, dir, STEM + ".html");
        copy(workbook, dir, STEM + ".xlsx");
        List<AuditResult> results = check(List.of(dir.toString()), null);
        assertEquals(1, results.size(), results.toString());
        assertEquals(FactDigest.of(original.facts()), FactDigest.of(results.get(0).facts()));
        assertTrue(results.get(0).facts().getNotes().stream().anyMatch(n -> n.contains("was not needed")));
        assertFalse(results.get(0).facts().getTables().stream().anyMatch(t -> t.getNote() != null && t.getNote().contains("spreadsheet")));
        assertEquals(html.toString(), results.get(0).file());
    }
}
