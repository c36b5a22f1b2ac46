package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
    @Test
    void aFolderScanChecksEveryReportFormatButSpreadsheets() {
        // of() is what the batch's folder scan checks: every format a report is published in
        assertEquals(DocumentFormat.TEXT, DocumentFormat.of(Path.of("a.TXT")));
        assertEquals(DocumentFormat.HTML, DocumentFormat.of(Path.of("a.shtml")));
        assertEquals(DocumentFormat.PDF, DocumentFormat.of(Path.of("a.pdf")));
        assertEquals(DocumentFormat.DOCX, DocumentFormat.of(Path.of("a.docx")));
        assertEquals(DocumentFormat.DOC, DocumentFormat.of(Path.of("a.doc")));
        assertEquals(DocumentFormat.WPS, DocumentFormat.of(Path.of("a.wps")));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.of(Path.of("a.md")));
        assertEquals(DocumentFormat.OFD, DocumentFormat.of(Path.of("a.ofd")));
        // a spreadsheet holds tables, not a report: listed with its reason, read only when named
        for (String name : new String[] {"a.xlsx", "a.xls", "a.et"}) {
            assertNull(DocumentFormat.of(Path.of(name)), name);
            assertTrue(DocumentFormat.notReadReason(Path.of(name)).contains("not a report"), name);
        }
        for (String name : new String[] {"a.xhtml", "a"}) assertNull(DocumentFormat.of(Path.of(name)), name);
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
