package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.batch.Checker;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Report;

/** A batch of broken and awkward files: each bad one gets its own clear error, the rest of the batch is checked. */
class BadInputTest {
    @TempDir
    static Path dir;
    static Map<String, AuditResult> results = new HashMap<>();
    static int reports;

    @BeforeAll
    static void runBatch() throws IOException {
        byte[] seed = Files.readAllBytes(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"));
        String seedText = new String(seed, StandardCharsets.UTF_8);
        byte[] pdf = Files.readAllBytes(Pipeline.corpus("pdf/2024_淮安市洪泽区人民政府.pdf"));

        Files.write(dir.resolve("a_empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        Files.write(dir.resolve("b_binary.html"), binary);
        Files.write(dir.resolve("c_truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        writeScannedPdf(dir.resolve("d_scanned.pdf"));
        writeEncryptedPdf(dir.resolve("e_encrypted.pdf"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("f_huge.html"))) {
            byte[] para = "<p>本页面由一段重复的文字组成，用来检验超大页面。</p>\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += para.length) out.write(para);
        }
        Files.write(dir.resolve("g_zip_renamed.html"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Files.write(dir.resolve("h_not_a_pdf.pdf"), "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
        // good files, in awkward encodings and scripts
        Files.write(dir.resolve("i_gbk.txt"), seedText.getBytes(Charset.forName("GB18030")));
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(seedText);
        Files.writeString(dir.resolve("j_traditional.txt"), traditional, StandardCharsets.UTF_8);
        String page = "<html><head><meta charset=\"gb2312\"><title>测试</title></head><body><div class=\"content\">"
                + seedText.replace("\n", "<br>") + "<p>朱镕基、王堃</p></div><div><p>未闭合的标签<span><b>";
        Files.write(dir.resolve("k_gb2312_broken.html"), page.getBytes(Charset.forName("GB18030")));
        Files.write(dir.resolve("l_good.txt"), seed);

        List<InputFiles.Input> inputs = InputFiles.collect(List.of(dir.toString(), dir.resolve("m_missing.txt").toString()));
        Checker checker = new Checker(Pipeline.rulebook(), new DocumentReader());
        for (InputFiles.Input in : inputs) {
            for (AuditResult r : checker.check(in)) {
                results.put(Path.of(r.file()).getFileName().toString(), r);
                reports++;
            }
        }
    }

    private static void writeScannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
                for (int x = 0; x < 200; x++) img.setRGB(x, x, 0xFFFFFF);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 50);
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    private static void assertError(String file, String reasonPart) {
        AuditResult r = results.get(file);
        assertTrue(r != null, "no result for " + file + " in " + results.keySet());
        assertTrue(!r.isOk(), file + " should be an error");
        assertTrue(r.error().contains(reasonPart), file + ": \"" + r.error().en() + "\" should say " + reasonPart);
        assertTrue(r.error().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                file + ": the reason is said in Chinese for a Chinese reader too: " + r.error().zh());
        assertNull(r.score(), file + " is not scored");
    }

    @Test
    void eachBadFileGetsItsOwnReason() {
        assertError("a_empty.txt", "empty");
        assertError("b_binary.html", "binary");
        assertError("c_truncated.pdf", "truncated");
        assertError("d_scanned.pdf", "no text layer");
        assertError("e_encrypted.pdf", "encrypted");
        assertError("f_huge.html", "over the 20 MB limit");
        assertError("g_zip_renamed.html", "ZIP");
        assertError("h_not_a_pdf.pdf", "not a PDF");
        assertError("m_missing.txt", "no such file");
    }

    @Test
    void theRestOfTheBatchIsChecked() {
        assertEquals(13, reports, "one result per file");
        for (String good : List.of("i_gbk.txt", "j_traditional.txt", "k_gb2312_broken.html", "l_good.txt")) {
            AuditResult r = results.get(good);
            assertTrue(r.isOk(), good + ": " + r.error());
            Report rep = r.facts().getReport();
            assertEquals("阿拉山口市人民政府", rep.getAgency(), good);
            assertEquals(2013, rep.getReportYear(), good);
            assertEquals(LocalDate.of(2014, 1, 10), rep.getPublishedOn(), good);
            assertEquals(LocalDate.of(2013, 12, 31), r.facts().getStatisticsPeriod().getTo(), good);
        }
    }

    @Test
    void gbkOnlyCharactersSurviveAGb2312Label() {
        AuditResult r = results.get("k_gb2312_broken.html");
        assertTrue(r.text().stream().anyMatch(l -> l.contains("朱镕基、王堃")), "镕 and 堃 are decoded (GB18030, not strict GB2312)");
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        AuditResult r = results.get("j_traditional.txt");
        assertTrue(r.facts().getNotes().stream().anyMatch(n -> n.contains("traditional")), r.facts().getNotes().toString());
        assertTrue(r.text().stream().anyMatch(l -> l.contains("政府信息公开工作存在的主要问题")));
    }
}
