package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to report lines: "#" headings become lines without the marks, pipe tables become " | " rows like web page
 * tables (the |---| separator row dropped), emphasis, code spans and links are reduced to their text, and pictures
 * become the {@link SourceDocument#IMAGE_LINE} marker. Line breaks are kept as they are: reports converted to Markdown
 * put one paragraph on a line, and joining soft-wrapped lines would glue headings to the paragraph below.
 */
final class Markdown {
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern REFERENCE_DEF = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern EM_STAR = Pattern.compile("(?<![*\\w\\\\])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![_\\w\\\\])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?![_\\w])");
    private static final Pattern HTML_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:span|font|b|i|u|strong|em|sup|sub|p|div|center)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern HEADING_LIKE = Pattern.compile("^#{1,6} \\S");

    private Markdown() { }

    /**
     * True when plain text is really Markdown: it has a pipe table (a |---| separator row under a row with pipes) or
     * at least two "# " heading lines.
     */
    static boolean looksLike(List<String> lines) {
        int headings = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i > 0 && l.indexOf('-') >= 0 && TABLE_SEPARATOR.matcher(l).matches() && l.indexOf('|') >= 0
                    && lines.get(i - 1).indexOf('|') >= 0) {
                return true;
            }
            if (l.startsWith("#") && HEADING_LIKE.matcher(l).find() && ++headings >= 2) return true;
        }
        return false;
    }

    /** Converts lines of Markdown to report lines; images are passed to {@code images} and replaced by its lines. */
    static List<String> toLines(List<String> lines, java.util.function.Function<String, List<String>> images) {
        List<String> out = new ArrayList<>(lines.size());
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            if (line.isBlank()) continue;
            if (i + 1 < lines.size() && isTableRow(line) && TABLE_SEPARATOR.matcher(lines.get(i + 1)).matches()) {
                out.add(row(line, images));
                i++; // the separator row
                while (i + 1 < lines.size() && isTableRow(lines.get(i + 1))) out.add(row(lines.get(++i), images));
                continue;
            }
            if (!out.isEmpty() && SETEXT.matcher(line).matches() && i > 0 && !lines.get(i - 1).isBlank()
                    && !isTableRow(lines.get(i - 1))) {
                continue; // the underline of a heading
            }
            if (THEMATIC.matcher(line).matches() || REFERENCE_DEF.matcher(line).matches()) continue;
            Matcher q = QUOTE.matcher(line);
            while (q.find()) {
                line = line.substring(q.end());
                q = QUOTE.matcher(line);
            }
            Matcher h = ATX.matcher(line);
            if (h.matches()) {
                line = h.group(1) == null ? "" : h.group(1);
            } else {
                Matcher b = BULLET.matcher(line);
                if (b.find()) line = line.substring(b.end());
            }
            for (String part : HTML_BREAK.split(line, -1)) {
                List<String> converted = inline(part, images);
                for (String c : converted) {
                    if (!c.isBlank()) out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isTableRow(String line) {
        return line.indexOf('|') >= 0 && !line.isBlank();
    }

    /** One pipe-table row as " | "-separated cells. */
    private static String row(String line, java.util.function.Function<String, List<String>> images) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '`') {
                code = !code;
                cell.append(c);
            } else if (c == '|' && !code) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        List<String> rendered = new ArrayList<>(cells.size());
        for (String c : cells) rendered.add(String.join(" ", inline(c.strip().replace("<br>", " "), images)).strip());
        return String.join(" | ", rendered);
    }

    /** Emphasis, code spans, links and escapes reduced to text; an image becomes its own line(s). */
    static List<String> inline(String s, java.util.function.Function<String, List<String>> images) {
        List<String> out = new ArrayList<>();
        Matcher img = IMAGE.matcher(s);
        int from = 0;
        StringBuilder current = new StringBuilder();
        while (img.find()) {
            current.append(s, from, img.start());
            if (!current.toString().isBlank()) out.add(text(current.toString()));
            current.setLength(0);
            out.addAll(images.apply(img.group(2)));
            from = img.end();
        }
        current.append(s.substring(from));
        if (!current.toString().isBlank() || out.isEmpty()) out.add(text(current.toString()));
        return out;
    }

    private static String text(String s) {
        String t = s;
        if (t.indexOf('`') >= 0) t = CODE_SPAN.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        if (t.indexOf('[') >= 0) t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (t.indexOf('<') >= 0) {
            t = AUTOLINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            t = HTML_TAG.matcher(t).replaceAll("");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = EM_STAR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            t = EM_UNDERSCORE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.indexOf('~') >= 0) t = STRIKE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (t.indexOf('\\') >= 0) t = ESCAPE.matcher(t).replaceAll("$1");
        return t;
    }
}
