package org.ogiaudit.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.ogiaudit.model.Text;

/**
 * Reads a saved report page with jsoup: finds the article among the page furniture (header, navigation, share
 * buttons, footer, scripts), renders it to lines (one line per block, one line per table row with cells separated by
 * " | "), and keeps what the page says about itself (meta tags such as {@code PubDate}, and template fields such as
 * "发布时间" or "公开日期" outside the article) as page metadata. Pictures in the article leave the
 * {@link SourceDocument#IMAGE_LINE} marker; when OCR is on and the picture is a data: URI or a file beside the page
 * (a relative src inside the page's folder), its text is read by {@link Ocr} and follows the marker.
 */
final class HtmlReader {
    /** Containers that site templates (TRS, 大汉, 开普云 …) put the article in, most specific first. */
    private static final List<String> CONTENT_SELECTORS = List.of(
            ".TRS_Editor", ".trs_editor_view", "ucapcontent", "#zoom", "#UCAP-CONTENT", ".view.TRS_UEDITOR",
            "#Zoom", ".article-content", ".article_content", ".art_con", ".article_con", ".content_detail",
            ".xxgk_content", ".detail-content", ".details-content", "#fontzoom", ".pages_content", ".TRS_UEDITOR",
            ".news_content", "#detail_content", ".zwgk_content", "#con_con", ".article", "#article", "#content", ".zw", "#zw",
            "article", ".content", "main");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "table", "tr", "section", "article", "dd", "dt", "dl", "blockquote", "pre", "hr", "center",
            "form", "header", "footer", "main", "aside", "tbody", "thead", "tfoot", "caption", "address", "figure");
    private static final String FURNITURE = "script, style, noscript, iframe, nav, select, option, button, input, "
            + "textarea, svg, canvas, object, embed, map, template, link, meta";
    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Template fields worth keeping when they stand outside the article. */
    private static final Pattern TEMPLATE_FIELD = Pattern.compile(
            "(发布时间|发布日期|公开日期|公布日期|发文日期|成文日期|生成日期|时间|日期|发布机构|发文机关|来源|信息来源|索引号|标题|名称)"
                    + "\\s*[:：|]?\\s*\\|?\\s*([^|]{1,60})");
    private static final int MIN_ARTICLE_CHARS = 150;
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private final Ocr ocr;
    private final java.nio.file.Path baseDir;

    /** @param baseDir the page's folder, where pictures beside it are looked for (null: none are) */
    HtmlReader(Ocr ocr, java.nio.file.Path baseDir) {
        this.ocr = ocr;
        this.baseDir = baseDir;
    }

    HtmlReader() {
        this(new Ocr(ReadOptions.DEFAULTS.withOcr(OcrMode.NEVER)), null);
    }

    DocumentReader.RawDocument read(byte[] bytes) throws IngestException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher cm = DECLARED_CHARSET.matcher(head);
        String declared = cm.find() ? cm.group(1) : null;
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, declared);
        Document doc;
        try {
            doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser());
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException("网页无法解析：" + e.getClass().getSimpleName(), "the HTML could not be parsed: " + e.getClass().getSimpleName());
        }
        List<PageMetadata> meta = new ArrayList<>();
        for (Element m : doc.select("meta[name], meta[property]")) {
            String name = m.hasAttr("name") ? m.attr("name") : m.attr("property");
            String content = m.attr("content");
            if (!name.isBlank() && !content.isBlank()) {
                meta.add(new PageMetadata(name.strip(), content.strip(),
                        "<meta name=\"" + name.strip() + "\" content=\"" + content.strip() + "\">", 0));
            }
        }
        String title = doc.title();
        if (!title.isBlank()) meta.add(new PageMetadata("html:title", title.strip(), "<title>" + title.strip() + "</title>", 0));

        Element body = doc.body();
        if (body == null) throw new IngestException("网页没有正文（body）", "the HTML has no body");
        body.select(FURNITURE).remove();
        Element article = findArticle(body);
        List<String> lines = new ArrayList<>();
        Pictures pictures = new Pictures(ocr, baseDir);
        try {
            render(article, lines, new StringBuilder(), 0, pictures);
        } catch (StackOverflowError e) {
            throw new IngestException("网页嵌套层次过深，无法读取", "the HTML is nested too deeply to read");
        }
        if (article != body) collectTemplateFields(body, article, meta);
        lines.removeIf(String::isBlank);
        java.util.BitSet ocrLines = Ocr.takeMarks(lines);
        List<Text> notes = new ArrayList<>();
        if (article == body) notes.add(Text.of("未识别出正文容器：读取了整个网页正文", "no article container recognised: the whole page body was read"));
        notes.addAll(pictures.notes());
        return new DocumentReader.RawDocument(decoded.charset(), lines, meta, 0, notes, ocrLines, pictures.read(), false);
    }

    /** The element holding the report: a known template container, else the block with the most own text. */
    private static Element findArticle(Element body) {
        for (String selector : CONTENT_SELECTORS) {
            Element best = null;
            for (Element e : body.select(selector)) {
                int len = e.text().length();
                if (len >= MIN_ARTICLE_CHARS && (best == null || len > best.text().length())) best = e;
            }
            if (best != null) return best;
        }
        // Readability-style fallback: credit each paragraph's text to its parent and half to its grandparent.
        // identity-keyed, iterated in document order: ties must go the same way in every run
        Map<Element, Double> score = new IdentityHashMap<>();
        List<Element> scored = new ArrayList<>();
        for (Element p : body.select("p, td, li, pre, h1, h2, h3, div")) {
            String own = p.ownText();
            if (own.length() < 10) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            if (score.merge(parent, (double) own.length(), Double::sum) == own.length()) scored.add(parent);
            Element grand = parent.parent();
            if (grand != null && score.merge(grand, own.length() / 2.0, Double::sum) == own.length() / 2.0) scored.add(grand);
        }
        Element best = body;
        double bestScore = 0;
        for (Element el : scored) {
            double linkText = 0;
            for (Element a : el.select("a")) linkText += a.text().length();
            double total = Math.max(1, el.text().length());
            double s = score.get(el) * (1 - linkText / total);
            if (s > bestScore) {
                bestScore = s;
                best = el;
            }
        }
        return bestScore >= MIN_ARTICLE_CHARS ? best : body;
    }

    /**
     * Renders block structure as lines: inline text is concatenated as it stands (Word splits "2023" into spans with
     * no space between them), block elements end a line, and each table row is one line of " | "-separated cells.
     */
    private static void render(Node node, List<String> lines, StringBuilder current, int depth, Pictures pictures) {
        if (depth > 400) return; // pathological nesting: the rest of the branch is dropped, not the batch
        if (node instanceof TextNode t) {
            current.append(WHITE_SPACE.matcher(t.getWholeText()).replaceAll(" "));
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (tag.equals("tr")) {
            flush(current, lines);
            List<String> cells = new ArrayList<>();
            for (Element cell : e.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
                List<String> cellLines = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                for (Node child : cell.childNodes()) render(child, cellLines, sb, depth + 1, pictures);
                flush(sb, cellLines);
                cells.add(String.join(" ", cellLines).strip());
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) lines.add(String.join(" | ", cells));
            return;
        }
        if (tag.equals("img")) {
            flush(current, lines);
            lines.add(SourceDocument.IMAGE_LINE); // a table published as a picture leaves this trace
            if (pictures != null) {
                List<String> read = pictures.lines(e.attr("src"));
                for (String lazy : List.of("data-src", "data-original")) {
                    if (read == null && e.hasAttr(lazy)) read = pictures.lines(e.attr(lazy));
                }
                if (read != null) lines.addAll(read);
            }
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) flush(current, lines);
        for (Node child : e.childNodes()) render(child, lines, current, depth + 1, pictures);
        if (block || tag.equals("br")) flush(current, lines);
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String s = current.toString().strip();
        if (!s.isEmpty()) lines.add(s);
        current.setLength(0);
    }

    /** Keeps labelled template fields ("发布时间：2019-01-10") found in the page outside the article. */
    private static void collectTemplateFields(Element body, Element article, List<PageMetadata> meta) {
        boolean emptyArticle = !article.hasText();
        article.remove();
        List<String> outside = new ArrayList<>();
        render(body, outside, new StringBuilder(), 0, null);
        for (String raw : outside) {
            String line = TextNormalizer.normalize(raw);
            if (line.length() > 300) continue;
            Matcher m = TEMPLATE_FIELD.matcher(line);
            while (m.find()) {
                String label = m.group(1);
                String value = m.group(2).strip();
                if (value.isEmpty()) continue;
                boolean shortLabel = label.length() == 2;
                if (shortLabel && m.start() > 0 && TextNormalizer.isHanOrCjkPunct(line.charAt(m.start() - 1))) {
                    continue; // "采集时间", "更新时间": not the page's own publication field
                }
                meta.add(new PageMetadata(label, value, line, 0));
            }
        }
        if (emptyArticle) meta.add(new PageMetadata("note", "empty article", "", 0));
    }
}
