package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
    @Test
    void theFolderScanSetIsUnchanged() {
        // of() is what the batch's folder scan picks: still .txt, .htm(l), .shtml and .pdf only
        assertEquals(DocumentFormat.TEXT, DocumentFormat.of(Path.of("a.TXT")));
        assertEquals(DocumentFormat.HTML, DocumentFormat.of(Path.of("a.shtml")));
        assertEquals(DocumentFormat.PDF, DocumentFormat.of(Path.of("a.pdf")));
        for (String name : new String[] {"a.docx", "a.doc", "a.wps", "a.md", "a.xlsx", "a.xls", "a.ofd", "a.xhtml", "a"}) {
            assertNull(DocumentFormat.of(Path.of(name)), name);
        }
    }

    @Test
    void everyReadableName() {
        assertEquals(DocumentFormat.DOCX, DocumentFormat.fromName(Path.of("报告.DOCX")));
        assertEquals(DocumentFormat.DOC, DocumentFormat.fromName(Path.of("报告.doc")));
        assertEquals(DocumentFormat.WPS, DocumentFormat.fromName(Path.of("报告.wps")));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.fromName(Path.of("报告.markdown")));
        assertEquals(DocumentFormat.XLSX, DocumentFormat.fromName(Path.of("表.xlsx")));
        assertEquals(DocumentFormat.XLS, DocumentFormat.fromName(Path.of("表.et")));
        assertEquals(DocumentFormat.OFD, DocumentFormat.fromName(Path.of("报告.ofd")));
        assertNull(DocumentFormat.fromName(Path.of("报告.pptx")));
    }
}
