package org.ogiaudit.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises one line of Chinese text so that extraction sees one spelling of each thing.
 *
 * <ul>
 *   <li>full-width ASCII (０-９, （）, ：, ，, ＠ …) becomes half-width, the form most reports already use;</li>
 *   <li>enclosed list markers become their plain spelling: ㈠ → (一), ⑴ → (1), ⒈ → 1.;
 *       circled digits ①② are left alone, since turning them into digits would glue them to numbers;</li>
 *   <li>CJK compatibility ideographs and Kangxi radicals (mirror pages use ⼀ for 一) become the unified
 *       characters;</li>
 *   <li>zero-width characters and leaked Word/HTML comments ({@code <!--[if !supportLists]-->}) are removed;</li>
 *   <li>runs of white space become one space, and a space between two Chinese characters is dropped (it comes
 *       from layout, never from the language). Spaces between digits are kept: they separate table cells.</li>
 * </ul>
 */
public final class TextNormalizer {
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->|<!\\[(?:if|endif)[^\\]]*\\]>|-->");
    private static final String[] CJK_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private TextNormalizer() { }

    /** Normalises every line; line count and order are kept. */
    public static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) out.add(normalize(line));
        return out;
    }

    /** Normalises one line (see the class comment). */
    public static String normalize(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            // most characters are Chinese or printable ASCII, which stay as they are
            if ((c >= 0x4E00 && c <= 0x9FFF) || (c > ' ' && c < 0x7F)) {
                sb.append(c);
                i++;
                continue;
            }
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            appendNormalized(sb, cp);
        }
        CharSequence s = sb;
        if (sb.indexOf("<!") >= 0 || sb.indexOf("-->") >= 0) s = HTML_COMMENT.matcher(sb).replaceAll("");
        return dropSpacesBetweenHan(collapseSpaces(s).strip());
    }

    /** Every run of white space (see {@link #isSpace}) as one plain space. */
    private static String collapseSpaces(CharSequence s) {
        int n = s.length();
        if (!needsCollapse(s)) return s.toString();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                continue;
            }
            out.append(' ');
            while (i + 1 < n && isSpace(s.charAt(i + 1))) i++;
        }
        return out.toString();
    }

    /** True unless every white space in {@code s} is already a lone plain space. */
    private static boolean needsCollapse(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))))) return true;
        }
        return false;
    }

    /** White space: the regex class \s, no-break space, U+2000–U+200A, U+202F, U+205F and U+3000. */
    private static boolean isSpace(char c) {
        return AsciiClasses.isSpace(c) || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    private static void appendNormalized(StringBuilder sb, int cp) {
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD) {
            return; // zero-width and soft hyphen
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) { // full-width ASCII
            sb.append((char) (cp - 0xFEE0));
        } else if (cp >= 0x3220 && cp <= 0x3229) { // ㈠..㈩
            sb.append('(').append(CJK_NUMERALS[cp - 0x3220]).append(')');
        } else if (cp >= 0x2474 && cp <= 0x2487) { // ⑴..⒇
            sb.append('(').append(cp - 0x2474 + 1).append(')');
        } else if (cp >= 0x2488 && cp <= 0x249B) { // ⒈..⒛
            sb.append(cp - 0x2488 + 1).append('.');
        } else if ((cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F) || (cp >= 0x2F00 && cp <= 0x2FDF)
                || (cp >= 0x2E80 && cp <= 0x2EFF)) {
            sb.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
        } else if (cp == 0x3000 || cp == 0x00A0) {
            sb.append(' ');
        } else if (Character.getType(cp) == Character.CONTROL && cp != '\t') {
            sb.append(' ');
        } else {
            sb.appendCodePoint(cp);
        }
    }

    private static String dropSpacesBetweenHan(String s) {
        if (s.indexOf(' ') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && isHanOrCjkPunct(s.charAt(i - 1)) && isHanOrCjkPunct(s.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** True for Chinese characters and Chinese punctuation (not for digits or Latin letters). */
    public static boolean isHanOrCjkPunct(char c) {
        return Han.is(c)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }
}
