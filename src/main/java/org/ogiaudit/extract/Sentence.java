package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the report and its line: the unit statements are found in and quoted as.
 *
 * @param text the sentence, with its closing punctuation
 * @param line 1-based line number
 */
record Sentence(String text, int line) {

    /** The sentences of {@code lines[from..to)}; a sentence never crosses a line. */
    static List<Sentence> split(List<String> lines, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            int start = 0;
            for (int j = 0; j < line.length(); j++) {
                if (isEnd(line.charAt(j))) {
                    add(out, line.substring(start, j + 1), i + 1);
                    start = j + 1;
                }
            }
            add(out, line.substring(start), i + 1);
        }
        return out;
    }

    private static boolean isEnd(char c) {
        return switch (c) {
            case '。', '；', ';', '！', '？', '!', '?' -> true;
            default -> false;
        };
    }

    private static void add(List<Sentence> out, String s, int line) {
        String t = s.strip();
        if (!t.isEmpty()) out.add(new Sentence(t, line));
    }
}
