package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.extract.FactExtractor;

/** Word (.docx, .doc) and WPS files, and the files that only carry their names. */
class WordReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    private Path resource(String name, String as) throws IOException {
        Path out = dir.resolve(as);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    @Test
    void docxParagraphsNumberingAndMergedTableCells() throws Exception {
        Path f = WordFixtures.reportDocx(dir.resolve("report.docx"));
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.DOCX, doc.format());
        assertEquals(WordFixtures.EXPECTED, doc.lines());
    }

    @Test
    void documentPropertiesAreKeptButAreNotPublicationDates() throws Exception {
        Path f = WordFixtures.reportDocx(dir.resolve("report.docx"));
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals("2024-01-05", doc.meta("docx:created").value());
        assertNull(publishedOn(doc), "a file's creation date is not a publication date");
    }

    @Test
    void docTablesAndMergedCells() throws Exception {
        // report.doc is WordFixtures' document saved by LibreOffice as Word 97-2003, which drops its numbering
        SourceDocument doc = reader.read(resource("report.doc", "report.doc"), "report.doc");
        assertEquals(DocumentFormat.DOC, doc.format());
        List<String> expected = WordFixtures.EXPECTED.stream()
                .map(l -> l.matches("^[一二三]、[^|]*$") ? l.substring(2) : l).toList();
        assertEquals(expected, doc.lines());
        assertEquals("2024-01-05", doc.meta("doc:created").value());
        assertNull(publishedOn(doc));
    }

    @Test
    void docNumberingLabelsAreRestored() throws Exception {
        // numbered.doc is numbered.fodt (Chinese list labels 一、 and (一)) saved by LibreOffice as Word 97-2003
        SourceDocument doc = reader.read(resource("numbered.doc", "numbered.doc"), "numbered.doc");
        assertEquals(List.of("沭阳县发展和改革局2023年政府信息公开工作年度报告", "一、总体情况", "(一)主动公开政府信息情况",
                "(二)依申请公开政府信息情况", "2023年,县发展和改革局认真贯彻执行省、市、县有关文件精神,不断强化依法公开理念。",
                "二、收到和处理政府信息公开申请情况"), doc.lines());
    }

    @Test
    void wpsThatIsAnOleWordFileIsRead() throws Exception {
        SourceDocument doc = reader.read(resource("report.doc", "report.wps"), "report.wps");
        assertEquals(DocumentFormat.WPS, doc.format());
        assertTrue(doc.lines().contains("一、本年新收政府信息公开申请数量 | 26 | 0 | 0 | 26"), doc.lines().toString());
        assertNotNull(doc.meta("wps:created"));
    }

    @Test
    void wpsInItsOwnFormatIsRefusedByName() throws Exception {
        Path f = dir.resolve("report.wps");
        byte[] bytes = new byte[2048];
        byte[] head = "WPS Document\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(f, bytes);
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f, "report.wps"));
        assertTrue(e.getMessage().contains("a WPS document in its own format, not Word"), e.getMessage());
        assertTrue(e.getMessage().contains(".docx or PDF"), e.getMessage());
    }

    @Test
    void aDocxNamedDocIsReadAsDocx() throws Exception {
        Path f = WordFixtures.reportDocx(dir.resolve("renamed.doc"));
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.DOCX, doc.format());
        assertTrue(doc.notes().get(0).contains("named .doc but is a Word 2007+ document"), doc.notes().toString());
    }

    @Test
    void aWebPageSavedAsDocIsReadAsHtml() throws Exception {
        Path f = dir.resolve("page.doc");
        Renderings.html(WordFixtures.EXPECTED, "报告", "GBK", f);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals(WordFixtures.EXPECTED, doc.lines());
    }

    @Test
    void rtfAndMhtmlNamedDocGetTheirOwnReason() throws Exception {
        Path rtf = dir.resolve("a.doc");
        Files.writeString(rtf, "{\\rtf1\\ansi\\ansicpg936 报告}");
        assertTrue(assertThrows(IngestException.class, () -> reader.read(rtf, "a.doc")).getMessage().contains("RTF"));
        Path mht = dir.resolve("b.doc");
        Files.writeString(mht, "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"x\"\n\n--x\n");
        assertTrue(assertThrows(IngestException.class, () -> reader.read(mht, "b.doc")).getMessage().contains("MHTML"));
    }

    @Test
    void zipWithoutAWordDocumentAndZipBombsAreNotExpanded() throws Exception {
        Path notWord = dir.resolve("fake.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(notWord))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        IngestException e = assertThrows(IngestException.class, () -> reader.read(notWord, "fake.docx"));
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());

        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 120; i++) z.write(zeros); // 120 MB of zeros in about 120 KB
        }
        e = assertThrows(IngestException.class, () -> reader.read(bomb, "bomb.docx"));
        assertTrue(e.getMessage().contains("expands to more than"), e.getMessage());
    }

    @Test
    void damagedWordFilesGetAReason() throws Exception {
        Path f = WordFixtures.reportDocx(dir.resolve("cut.docx"));
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        assertThrows(IngestException.class, () -> reader.read(f, "cut.docx"));
        Path doc = resource("report.doc", "cut.doc");
        byte[] d = Files.readAllBytes(doc);
        Files.write(doc, java.util.Arrays.copyOf(d, 4096));
        assertThrows(IngestException.class, () -> reader.read(doc, "cut.doc"));
    }

    /** ListNumbers draws the labels Word draws. */
    @Test
    void chineseListLabels() {
        assertEquals("一", ListNumbers.chinese(1));
        assertEquals("十", ListNumbers.chinese(10));
        assertEquals("十二", ListNumbers.chinese(12));
        assertEquals("二十一", ListNumbers.chinese(21));
        assertEquals("一百零五", ListNumbers.chinese(105));
        assertEquals("③", ListNumbers.format(3, "decimalEnclosedCircle"));
        assertEquals("iv", ListNumbers.format(4, "lowerRoman"));
        assertEquals("丙", ListNumbers.format(3, "ideographTraditional"));
    }


    /** The publication date the extractor gives the document (the file's own dates must not be taken for it). */
    private static java.time.LocalDate publishedOn(SourceDocument doc) {
        return new FactExtractor(org.ogiaudit.Pipeline.rulebook().vocabulary()).extract(doc).get(0).getReport().getPublishedOn();
    }
}
