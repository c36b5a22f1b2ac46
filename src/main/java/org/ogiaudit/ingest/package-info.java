/**
 * Bytes to text: decode (UTF-8, GB18030/GBK, Big5, detected rather than assumed), strip page furniture, normalise
 * Chinese text, and split run-on lines so that line numbers point somewhere useful.
 *
 * <p>Formats, told by content first and by name second ({@link org.ogiaudit.ingest.DocumentFormat#fromName}):
 * <ul>
 *   <li>text and Markdown ({@code TextReader}, {@code Markdown}; a .txt with pipe tables or # headings is Markdown);</li>
 *   <li>web pages ({@code HtmlReader}, jsoup);</li>
 *   <li>PDF ({@code PdfReader}, PDFBox), pages without text read by OCR;</li>
 *   <li>Word .docx ({@code DocxReader}, POI XWPF), .doc and OLE .wps ({@code WordBinaryReader}, POI HWPF);</li>
 *   <li>spreadsheets .xlsx/.xls ({@code SpreadsheetReader}, POI), one " | " line per row after a "工作表: NAME" line;</li>
 *   <li>OFD ({@code OfdReader}, ofdrw).</li>
 * </ul>
 * Every table, whatever the format, is one line per row with cells joined by " | ".
 *
 * <p>OCR ({@code Ocr}) runs the tesseract command with the chi_sim model, one process per page or picture, under a
 * time limit; {@link org.ogiaudit.ingest.OcrMode} says when. The lines it produced are listed in
 * {@link org.ogiaudit.ingest.SourceDocument#ocrLines()}: their digits deserve less trust than typed text.
 *
 * <p>The output is a {@link org.ogiaudit.ingest.SourceDocument}: the lines every later stage quotes, plus what the page
 * said about itself (meta tags, a crawler's header, PDF, Word, spreadsheet or OFD document information, named
 * pdf:/docx:/doc:/wps:/xlsx:/xls:/ofd:… so that no file property passes for a publication date). A file that cannot
 * be read becomes an {@link org.ogiaudit.ingest.IngestException} whose message is meant for the person running the
 * batch.
 */
package org.ogiaudit.ingest;
