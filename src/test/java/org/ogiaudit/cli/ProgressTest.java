package org.ogiaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar counts files (not reports), shows rate and ETA, and stays silent when not on a terminal. */
class ProgressTest {
    @Test
    void drawsFilesRateAndEtaOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(3, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.fileDone("a.txt");
        p.fileDone("a.txt"); // a second report of the same file
        p.fileDone("b.txt");
        p.fileDone("c.txt");
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("3/3 files") && shown.contains("files/s") && shown.contains("ETA"), shown);
        assertTrue(!shown.contains("4/3"), shown);
    }

    @Test
    void silentWhenNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(3, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.fileDone("a.txt");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
