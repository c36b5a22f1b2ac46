package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.ogiaudit.model.Evidence;

/**
 * A sentence of the report and its line: the unit statements are found in and quoted as.
 *
 * @param text      the sentence, with its closing punctuation
 * @param line      1-based line number
 * @param readByOcr its line was read from a picture by OCR
 */
record Sentence(String text, int line, boolean readByOcr) {

    /** A quote from this sentence's line, as evidence. */
    Evidence evidence(String quote) {
        return new Evidence(quote, line, null, readByOcr);
    }

    /** The sentences of {@code lines[from..to)}, none read by OCR. */
    static List<Sentence> split(List<String> lines, int from, int to) {
        return split(lines, from, to, line -> false);
    }

    /** The sentences of {@code lines[from..to)}; a sentence never crosses a line; {@code ocr} tells OCR lines (1-based). */
    static List<Sentence> split(List<String> lines, int from, int to, IntPredicate ocr) {
        List<Sentence> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            boolean byOcr = ocr.test(i + 1);
            int start = 0;
            for (int j = 0; j < line.length(); j++) {
                if (isEnd(line.charAt(j))) {
                    add(out, line.substring(start, j + 1), i + 1, byOcr);
                    start = j + 1;
                }
            }
            add(out, line.substring(start), i + 1, byOcr);
        }
        return out;
    }

    private static boolean isEnd(char c) {
        return switch (c) {
            case '。', '；', ';', '！', '？', '!', '?' -> true;
            default -> false;
        };
    }

    private static void add(List<Sentence> out, String s, int line, boolean byOcr) {
        String t = s.strip();
        if (!t.isEmpty()) out.add(new Sentence(t, line, byOcr));
    }
}
