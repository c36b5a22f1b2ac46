package org.ogiaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what mirror sites add to a report's text: the pinyin reading some of them print after characters
 * ("根據(jù)報(bào)告" is "根據報告"), which splits every word the reader looks for. A reading is lower-case Latin with a
 * tone mark, in brackets, right after a Chinese character; "(一)", "(2021)" and "(ICP)" are left alone.
 */
final class MirrorNoise {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（](?=[a-zü" + TONED + "]{0,6}[" + TONED + "])[a-zü" + TONED + "]{1,7}[)）]");

    private MirrorNoise() { }

    /** The lines without pinyin readings; the same list when there are none. */
    static List<String> withoutReadings(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!mayHoldReading(line)) continue;
            String clean = READING.matcher(line).replaceAll("");
            if (clean.equals(line)) continue;
            if (out == null) out = new ArrayList<>(lines);
            out.set(i, clean);
        }
        return out == null ? lines : out;
    }

    /** A tone-marked vowel is in the line: the only lines the pattern can change. */
    private static boolean mayHoldReading(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u00e0' && c <= '\u01dc' && TONED.indexOf(c) >= 0) return true; // the toned vowels' range
        }
        return false;
    }
}
