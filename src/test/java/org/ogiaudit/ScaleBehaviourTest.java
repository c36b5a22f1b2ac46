package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Batches behave the same on any number of threads, survive interruption, and hostile files cannot stop them. */
class ScaleBehaviourTest {
    @TempDir
    Path tmp;

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("one.json");
        Path two = tmp.resolve("two.json");
        assertEquals(0, Cli.run("check", "-j", "1", "--format", "json", "--out", one.toString(), "reports-in", Pipeline.CORPUS.resolve("pdf").toString()).exit());
        assertEquals(0, Cli.run("check", "-j", "3", "--format", "json", "--out", two.toString(), "reports-in", Pipeline.CORPUS.resolve("pdf").toString()).exit());
        assertEquals(Files.readString(one), Files.readString(two));
    }

    @Test
    void anInterruptedJsonLinesRunResumesToTheSameReports() throws IOException {
        Path full = tmp.resolve("full.jsonl");
        assertEquals(0, Cli.run("check", "--format", "jsonl", "--out", full.toString(), "reports-in").exit());
        List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
        // a crash after five reports (003 holds four, of which two were written) and in the middle of a line
        Path cut = tmp.resolve("cut.jsonl");
        Files.writeString(cut, String.join("\n", lines.subList(0, 6)) + "\n{\"type\":\"report\",\"fi", StandardCharsets.UTF_8);
        Cli resumed = Cli.run("check", "--format", "jsonl", "--out", cut.toString(), "--resume", "reports-in");
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(reports(full), reports(cut));
        Cli again = Cli.run("check", "--format", "jsonl", "--out", cut.toString(), "--resume", "reports-in");
        assertTrue(again.err().contains("已经完整"), again.err());
    }

    private static TreeSet<String> reports(Path jsonl) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode n = m.readTree(line);
            if (n.get("type").asText().equals("report")) out.add(n.get("file").asText() + "#" + n.get("part") + "=" + n.get("score"));
        }
        return out;
    }

    @Test
    void aFileOverTheTimeLimitIsAbandonedAndTheBatchGoesOn() {
        Cli cli = Cli.run("check", "--file-timeout", "0", "reports-in/001_a2083c6fc5a72fbe.txt", "reports-in/002_1714cd3d079ec93f.txt");
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("读取和审查该文件超过0秒，已放弃"), cli.out());
        assertTrue(cli.out().contains("2个文件，2份报告：已审查0份，无法审查2份"), cli.out());
    }

    @Test
    @Timeout(120)
    void hostileFilesGiveAnErrorOrAResultAndTheBatchCompletes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(50_000)).append("某某县人民政府2013年政府信息公开工作年度报告").append("</div>".repeat(50_000)).append("</body></html>");
        Files.writeString(dir.resolve("a_nested.html"), nested, StandardCharsets.UTF_8);
        StringBuilder table = new StringBuilder("<html><body><div class=\"content\"><p>某某县人民政府2013年政府信息公开工作年度报告</p><table>");
        for (int i = 0; i < 10_000; i++) table.append("<tr><td>第").append(i).append("行</td><td>").append(i).append("</td></tr>");
        Files.writeString(dir.resolve("b_bigtable.html"), table.append("</table></div></body></html>"), StandardCharsets.UTF_8);
        byte[] pdf = Files.readAllBytes(Pipeline.corpus("pdf/2024_淮安市洪泽区人民政府.pdf"));
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = latin.lastIndexOf("startxref");
        String broken = latin.substring(0, at) + "startxref\n999999\n%%EOF\n";
        Files.write(dir.resolve("c_broken_xref.pdf"), broken.getBytes(StandardCharsets.ISO_8859_1));
        String seed = Files.readString(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), StandardCharsets.UTF_8);
        byte[] gbk = ("<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">" + seed.replace("\n", "<br>")
                + "</div></body></html>").getBytes(Charset.forName("GB18030"));
        Files.write(dir.resolve("d_mislabelled.html"), gbk);
        Files.copy(Pipeline.corpus("seeds/004_5dabd5b5935736db.txt"), dir.resolve("e_good.txt"));

        Path out = tmp.resolve("hostile.json");
        Cli cli = Cli.run("check", "--format", "json", "--out", out.toString(), dir.toString());
        assertTrue(cli.exit() == 0 || cli.exit() == 1, cli.err());
        JsonNode reports = new ObjectMapper().readTree(out.toFile()).get("reports");
        List<String> files = new ArrayList<>();
        for (JsonNode r : reports) {
            files.add(Path.of(r.get("file").asText()).getFileName().toString());
            assertTrue(r.get("status").asText().equals("ok") || !r.get("error").asText().isBlank(), r.toString());
        }
        assertEquals(List.of("a_nested.html", "b_bigtable.html", "c_broken_xref.pdf", "d_mislabelled.html", "e_good.txt"), files);
        JsonNode mislabelled = reports.get(3);
        assertEquals("ok", mislabelled.get("status").asText(), "a GBK page labelled utf-8 is detected and read");
        assertEquals("阿拉山口市人民政府", mislabelled.at("/facts/agency").asText());
        assertEquals("ok", reports.get(4).get("status").asText());
    }
}
