package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogiaudit.Pipeline;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/** A .txt that is a PDF's text (a narrow column, page footers) reads as the page it came from. */
class HardWrapsTest {
    @TempDir
    Path tmp;

    /** The report wrapped every {@code width} characters, with a "— n —" footer every {@code page} lines. */
    private static String wrapped(String text, int width, int page) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            for (int i = 0; i < line.length(); i += width) {
                out.add(line.substring(i, Math.min(line.length(), i + width)));
                if (++n % page == 0) out.add("— " + (n / page) + " —");
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static Set<String> fails(AuditResult r) {
        Set<String> s = new TreeSet<>();
        for (Finding f : r.findings()) if (f.getStatus() == Status.FAIL) s.add(f.getRule());
        return s;
    }

    @Test
    void aPdfTextOfASeedReportReadsAsTheSeed() throws IOException {
        // 阿拉山口市 2013: its period "统计期限自2013年1月1日起至2013年12月31日止" is broken over two lines when wrapped
        Path seed = Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        AuditResult original = Pipeline.check(seed).get(0);
        Path pdfText = Files.writeString(tmp.resolve("wrapped.txt"), wrapped(text, 30, 28), StandardCharsets.UTF_8);
        AuditResult r = Pipeline.check(pdfText).get(0);
        assertTrue(r.isOk(), () -> "error: " + r.error());
        assertTrue(r.facts().getNotes().stream().anyMatch(n -> n.contains("hard-wrapped")), r.facts().getNotes().toString());
        assertEquals(original.facts().getStatisticsPeriod().getFrom(), r.facts().getStatisticsPeriod().getFrom());
        assertEquals(original.facts().getStatisticsPeriod().getTo(), r.facts().getStatisticsPeriod().getTo());
        assertEquals(original.facts().getReport().getReportYear(), r.facts().getReport().getReportYear());
        assertEquals(original.facts().getSections().size(), r.facts().getSections().size());
        assertEquals(fails(original), fails(r));
    }

    @Test
    void aPageWithParagraphsOnLinesIsLeftAsItIs() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 20; i++) page.add("2013年,我市认真贯彻落实《条例》,政府信息公开工作稳步推进,各项制度进一步健全,公开内容进一步深化,公开渠道不断拓宽,群众满意度明显提高。");
        assertFalse(HardWraps.detect(page));
        assertTrue(HardWraps.unwrap(page) == page, "the same list comes back");
    }
}
