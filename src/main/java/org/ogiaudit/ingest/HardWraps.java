package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text saved from a PDF: lines broken every 25–40 characters where the page's column ended, page footers ("— 1 —",
 * "第1页 共8页") between them, and headings run into paragraphs. A date or a heading broken over two lines
 * ("统计期限自2019年1月1日至2019年12月3" / "1日") reads wrongly until the paragraphs are joined again, much as the
 * PDF reader joins them ({@link PdfReader#unwrap}).
 *
 * <p>Told from the text alone: most lines fill a narrow column (the 90th percentile of line widths is at most about
 * 45 Chinese characters, and most lines reach four fifths of it), or page footers stand between the lines. Web pages
 * and crawler dumps keep a paragraph on one line and are left as they are.
 */
final class HardWraps {
    /** A page footer on a line of its own: "— 1 —", "- 1 -", "第1页 共8页", "第 1 页". */
    private static final Pattern FOOTER = Pattern.compile("^\\s*(?:[-—–]{1,2}\\s*\\d{1,3}\\s*[-—–]{1,2}|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?)\\s*$");
    /** Widest column a hard-wrapped text is set in, in display units (a Chinese character is two). */
    private static final int NARROW = 92;
    private static final int MIN_LINES = 10;

    private HardWraps() { }

    /** True when {@code lines} read like a PDF's text: a narrow column most lines fill, or page footers. */
    static boolean detect(List<String> lines) {
        int footers = 0;
        List<String> text = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (FOOTER.matcher(l).matches()) footers++; else text.add(l.strip());
        }
        if (text.size() < MIN_LINES) return false;
        if (footers >= 2) return true;
        int[] widths = text.stream().mapToInt(PdfReader::displayWidth).sorted().toArray();
        int column = widths[(int) Math.floor(widths.length * 0.9)];
        if (column > NARROW || column < 30) return false;
        long full = Arrays.stream(widths).filter(w -> w >= column * 0.8).count();
        return full * 10 >= widths.length * 6;
    }

    /** The lines with page footers dropped and broken paragraphs joined; the same list when not hard-wrapped. */
    static List<String> unwrap(List<String> lines) {
        if (!detect(lines)) return lines;
        // table rows ("| 规章 | 0 | 0 |") are rows, not wrapped prose: only the runs between them are joined
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank() || FOOTER.matcher(l).matches()) continue;
            if (l.indexOf('|') >= 0) {
                out.addAll(join(run));
                run.clear();
                out.add(l);
            } else {
                run.add(l);
            }
        }
        out.addAll(join(run));
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:;!?]\\s*$");
    private static final Pattern LIST_START = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．]|第[一二三四五六七八九十]{1,3}[部条])");

    /**
     * Joins a line with the next while it fills the column and ends no sentence. "Fills" is judged by width (a PDF
     * wraps where the page ends, so a line of digits holds more characters) or by count (a text wrapped every N
     * characters), whichever the line reaches.
     */
    private static List<String> join(List<String> lines) {
        if (lines.size() < 5) return new ArrayList<>(lines);
        int[] widths = lines.stream().mapToInt(PdfReader::displayWidth).sorted().toArray();
        int[] counts = lines.stream().mapToInt(l -> l.strip().length()).sorted().toArray();
        int column = widths[(int) Math.floor(widths.length * 0.9)];
        int chars = counts[(int) Math.floor(counts.length * 0.9)];
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (paragraph != null && !LIST_START.matcher(l).lookingAt()) {
                paragraph.append(l);
            } else {
                if (paragraph != null) out.add(paragraph.toString());
                paragraph = new StringBuilder(l);
            }
            boolean full = PdfReader.displayWidth(l) >= column * 0.8 || l.length() >= chars * 0.9;
            if (!full || SENTENCE_END.matcher(l).find()) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) out.add(paragraph.toString());
        return out;
    }
}
