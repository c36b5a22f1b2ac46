package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.Text;

/**
 * Reads plain text saved from a page. A crawler's header block ("标题: …", "发布时间: …" up to a
 * "==== 正文 ====" line) becomes page metadata; everything else is the report text. Markdown (.md, or a .txt whose
 * body has pipe tables or "#" headings) is read through {@link Markdown}.
 */
final class TextReader {
    private static final Pattern BODY_MARK = Pattern.compile("^\\s*[=＝\\-]{3,}\\s*正文\\s*[=＝\\-]{3,}\\s*$");
    private static final Pattern FIELD = Pattern.compile("^\\s*([\\p{IsHan}A-Za-z ]{1,12})\\s*[:：]\\s*(.*)$");
    private static final int HEADER_SEARCH = 30;

    /**
     * @param markdown true for Markdown, null to tell from the content
     * @param pictures reads the pictures a Markdown file shows (null: none are read)
     */
    DocumentReader.RawDocument read(byte[] bytes, Boolean markdown, Pictures pictures) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, null);
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
        List<PageMetadata> meta = new ArrayList<>();
        int bodyStart = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, lines.size()); i++) {
            if (BODY_MARK.matcher(lines.get(i)).matches()) {
                bodyStart = i + 1;
                break;
            }
        }
        for (int i = 0; i < bodyStart; i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (m.matches() && !m.group(2).isBlank()) {
                meta.add(new PageMetadata(m.group(1).strip(), m.group(2).strip(), TextNormalizer.normalize(lines.get(i)), i + 1));
            }
        }
        List<String> body = lines.subList(bodyStart, lines.size());
        boolean md = markdown != null ? markdown : Markdown.looksLike(body);
        if (!md) return new DocumentReader.RawDocument(decoded.charset(), lines, meta, bodyStart, List.of());
        List<String> all = new ArrayList<>(lines.subList(0, bodyStart));
        all.addAll(Markdown.toLines(body, src -> {
            List<String> out = new ArrayList<>();
            out.add(SourceDocument.IMAGE_LINE);
            List<String> read = pictures == null ? null : pictures.lines(src);
            if (read != null) out.addAll(read);
            return out;
        }));
        List<Text> notes = new ArrayList<>();
        if (markdown == null) {
            notes.add(Text.of("文本是 Markdown 格式（竖线表格或 # 标题）：按 Markdown 读取", "the text is Markdown (pipe tables or # headings): read as Markdown"));
        }
        if (pictures != null) notes.addAll(pictures.notes());
        java.util.BitSet ocr = Ocr.takeMarks(all);
        return new DocumentReader.RawDocument(decoded.charset(), all, meta, bodyStart, notes, ocr,
                pictures == null ? 0 : pictures.read(), true);
    }
}
