package org.ogiaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ogiaudit.model.Lang;

/**
 * The progress bar counts files (not reports), shows rate and ETA in the user's language, and stays silent when not on
 * a terminal.
 */
class ProgressTest {
    private static String draw(Lang lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(3, new PrintStream(bytes, true, StandardCharsets.UTF_8), true, lang.messages(LanguageOption.MESSAGES));
        p.fileDone("a.txt");
        p.fileDone("a.txt"); // a second report of the same file
        p.fileDone("b.txt");
        p.fileDone("c.txt");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsFilesRateAndEtaOnATerminal() {
        String zh = draw(Lang.ZH);
        assertTrue(zh.contains("已完成 3/3 个文件") && zh.contains("每秒") && zh.contains("预计还需"), zh);
        assertTrue(!zh.contains("4/3"), zh);
        String en = draw(Lang.EN);
        assertTrue(en.contains("3/3 files") && en.contains("files/s") && en.contains("ETA"), en);
        assertTrue(!en.contains("4/3"), en);
    }

    @Test
    void silentWhenNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(3, new PrintStream(bytes, true, StandardCharsets.UTF_8), false, Lang.ZH.messages(LanguageOption.MESSAGES));
        p.fileDone("a.txt");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
