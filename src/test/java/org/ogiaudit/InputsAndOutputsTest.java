package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is accounted for, and what the tool writes can be opened by others and never loses the user's files. */
class InputsAndOutputsTest {
    @TempDir
    Path tmp;

    /** A folder as an office downloads it: a page, its Word and spreadsheet attachments, images, a style sheet. */
    private Path mixedFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("下载"));
        Files.copy(Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt"), dir.resolve("report.txt"));
        Files.write(dir.resolve("年度报告.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        Files.write(dir.resolve("年度报告.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(dir.resolve("报告.wps"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(dir.resolve("统计表.xlsx"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("统计表.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF});
        // a Markdown copy of the same report (a converter's output) is checked like the page
        Files.writeString(dir.resolve("报告.md"), "# " + Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("报告.rtf"), "{\\rtf1 }");
        Files.write(dir.resolve("报告.ofd"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("附件.zip"), new byte[] {'P', 'K', 3, 4});
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(dir.resolve("style.css"), "body{}");
        Files.writeString(dir.resolve("app.js"), "var a;");
        return dir;
    }

    private static final List<String> NOT_READ = List.of("年度报告.docx", "年度报告.doc", "报告.wps", "统计表.xlsx", "统计表.xls",
            "报告.rtf", "报告.ofd", "附件.zip");

    @Test
    void aFolderOfMixedFilesListsEveryReportLikeFileItDidNotCheck() throws IOException {
        Path dir = mixedFolder();
        Path out = tmp.resolve("r.json");
        Cli cli = Cli.run("check", "--format", "json", "--out", out.toString(), dir.toString());
        assertEquals(1, cli.exit(), "files that could not be checked make exit code 1: " + cli.err());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        List<String> errors = new ArrayList<>();
        for (JsonNode r : json.get("reports")) {
            String name = Path.of(r.get("file").asText()).getFileName().toString();
            if (r.get("status").asText().equals("error")) {
                errors.add(name);
                String reason = r.get("error").asText();
                // each says what the file is and what to do: these are damaged Word/OFD packages, formats not read,
                // spreadsheets (tables, not reports) and an archive
                assertTrue(reason.contains("另存为") || reason.contains("请解压") || reason.contains("在命令行中写明")
                        || reason.contains("改用报告的 PDF 版") || reason.contains("重新下载"), name + " says what to do, in Chinese: " + reason);
            } else {
                assertTrue(name.equals("report.txt") || name.equals("报告.md"), name);
            }
        }
        assertEquals(NOT_READ.stream().sorted().toList(), errors.stream().sorted().toList());
        assertEquals(NOT_READ.size(), json.at("/summary/errors").asInt());
        assertEquals(3, json.at("/summary/ignored").asInt(), "logo.png, style.css, app.js are counted, not listed");
        assertTrue(cli.err().contains("另有3个非报告文件被忽略"), cli.err());

        // the same in the terminal report and the ranking
        Cli text = Cli.run("check", dir.toString());
        assertEquals(1, text.exit());
        assertTrue(text.out().contains("错误：文件名为 .docx，但其 ZIP 文件包无法打开（文件已损坏或不完整）"), text.out());
        Path csv = tmp.resolve("r.csv");
        assertEquals(1, Cli.run("check", "--format", "csv", "--out", csv.toString(), dir.toString()).exit());
        String rows = Files.readString(csv, StandardCharsets.UTF_8);
        for (String name : NOT_READ) assertTrue(rows.contains(name), name + " in the CSV");
    }

    @Test
    void aWordFileNamedOnTheCommandLineSaysWhatItIs() throws IOException {
        Path docx = Files.write(tmp.resolve("a.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        Cli cli = Cli.run("check", docx.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("文件名为 .docx，但其 ZIP 文件包无法打开"), cli.out());
        assertFalse(cli.out().contains("ZIP 压缩包"), cli.out());
        Cli en = Cli.run("check", "--lang", "en", docx.toString());
        assertTrue(en.out().contains("named .docx but its ZIP package cannot be opened"), en.out());
        assertFalse(en.out().contains("ZIP archive"), en.out());
    }

    @Test
    void aMissingInputPathIsAUsageErrorNamingIt() {
        Cli cli = Cli.run("check", "reports-in/001_a2083c6fc5a72fbe.txt", "no/such/folder");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("文件或文件夹不存在：no/such/folder"), cli.err());
        Cli en = Cli.run("check", "--lang", "en", "reports-in/001_a2083c6fc5a72fbe.txt", "no/such/folder");
        assertTrue(en.err().contains("no such file or folder: no/such/folder"), en.err());
        assertEquals("", cli.out(), "nothing was checked");
    }

    @Test
    void outputsAreCreatedWithTheUmaskLikeAnyFileTheUserMakes() throws IOException {
        // what the process umask gives a new file and a new folder here (0644 / 0755 under umask 022)
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("reference")));
        Set<PosixFilePermission> dirMode = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("reference-dir")));
        String seed = Pipeline.corpus("seeds/001_a2083c6fc5a72fbe.txt").toString();
        for (String format : List.of("json", "csv", "text", "jsonl")) {
            Path out = tmp.resolve("out." + format);
            assertEquals(0, Cli.run("check", "--format", format, "--out", out.toString(), seed).exit());
            assertEquals(fileMode, Files.getPosixFilePermissions(out), format);
        }
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("check", "--format", "html", "--out", site.toString(), seed).exit());
        assertEquals(dirMode, Files.getPosixFilePermissions(site));
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                assertEquals(Files.isDirectory(p) ? dirMode : fileMode, Files.getPosixFilePermissions(p), p.toString());
            }
        }
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(0, Cli.run("check", "--baseline", baseline.toString(), "--write-baseline", seed).exit());
        assertEquals(fileMode, Files.getPosixFilePermissions(baseline));
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
    }

    @Test
    void forceReplacesAWholeSiteButNeverAFolderOfOtherFiles() throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("check", "--format", "html", "--out", site.toString(), "reports-in/001_a2083c6fc5a72fbe.txt",
                "reports-in/004_5dabd5b5935736db.txt").exit());
        assertEquals(2, pages(site));
        Cli again = Cli.run("check", "--format", "html", "--out", site.toString(), "reports-in/002_1714cd3d079ec93f.txt");
        assertEquals(4, again.exit(), "an existing site is not replaced without --force");
        assertEquals(2, pages(site));
        assertEquals(0, Cli.run("check", "--force", "--format", "html", "--out", site.toString(),
                "reports-in/002_1714cd3d079ec93f.txt").exit());
        assertEquals(1, pages(site), "the old report pages are gone");
        assertTrue(Files.readString(site.resolve("index.html")).contains("安州区"));

        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Cli refused = Cli.run("check", "--force", "--format", "html", "--out", mine.toString(), "reports-in/002_1714cd3d079ec93f.txt");
        assertEquals(4, refused.exit());
        assertTrue(refused.err().contains(mine + " 中有不是 ogi-audit 生成的文件，不会被替换"), refused.err());
        assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));
    }

    private static long pages(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("reports"))) {
            return s.count();
        }
    }

    @Test
    void aWriteErrorNamesTheTargetAndTheReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path target = file.resolve("r.json"); // a folder that is a file: the OS refuses, whoever runs the test
        Cli cli = Cli.run("check", "--format", "json", "--out", target.toString(), "reports-in/001_a2083c6fc5a72fbe.txt");
        assertEquals(4, cli.exit());
        assertTrue(cli.err().contains("无法写入 " + target), cli.err());
        assertTrue(cli.err().contains(file + ": 是文件而不是文件夹"), cli.err());
        Cli en = Cli.run("check", "--lang", "en", "--format", "json", "--out", target.toString(), "reports-in/001_a2083c6fc5a72fbe.txt");
        assertTrue(en.err().contains("cannot write " + target) && en.err().contains(file + ": is a file, not a folder"), en.err());
        assertFalse(cli.err().contains(".part"), "the temporary file is not what the user asked for: " + cli.err());
    }
}
