package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written white-space and comment handling agrees with the regular expressions that define it. */
class TextNormalizerTest {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->|<!\\[(?:if|endif)[^\\]]*\\]>|-->");
    private static final String ALPHABET = "政府 a1\t\n\u000b\u00a0\u2003\u3000\u202f\u205f\u200b<!-->[if ]，。(\u007f";

    @Test
    void collapsesWhiteSpaceAndDropsCommentsAsTheRegexesDo() {
        Random random = new Random(20261123);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(24);
            for (int i = 0; i < len; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String line = sb.toString();
            assertEquals(reference(line), TextNormalizer.normalize(line), () -> "input: " + line.codePoints()
                    .mapToObj(cp -> String.format("U+%04X", cp)).toList());
        }
    }

    @Test
    void leakedWordCommentsGoAndSpacesBetweenChineseCharactersGo() {
        assertEquals("一、概述", TextNormalizer.normalize("<!--[if !supportLists]-->一、<!--[endif]-->概述"));
        assertEquals("政府信息 2024", TextNormalizer.normalize("政府\u3000\u3000信息  2024 "));
    }

    /** The former regex-based definition, applied to text {@code normalize} has already mapped character by character. */
    private static String reference(String line) {
        // what normalize does character by character to this alphabet: drop U+200B, controls and U+3000/U+00A0 to a
        // space (a tab stays), full-width comma to ASCII; everything else passes unchanged
        StringBuilder mapped = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200b') continue;
            if (c == '\u3000' || c == '\u00a0' || c == '\u000b' || c == '\n' || c == '\u007f') mapped.append(' ');
            else if (c == '，') mapped.append(',');
            else mapped.append(c);
        }
        String s = HTML_COMMENT.matcher(mapped).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && TextNormalizer.isHanOrCjkPunct(s.charAt(i - 1))
                    && TextNormalizer.isHanOrCjkPunct(s.charAt(i + 1))) continue;
            out.append(c);
        }
        return out.toString();
    }
}
