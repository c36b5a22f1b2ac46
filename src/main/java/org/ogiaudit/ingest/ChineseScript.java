package org.ogiaudit.ingest;

import com.ibm.icu.text.Transliterator;
import java.util.List;

/**
 * Converts traditional-character text (mirror pages, Hong Kong/Taiwan reposts) to simplified, so that one set of
 * patterns serves both. Text that is already simplified is left exactly as it is: ICU's transliterator also changes
 * a few characters that are valid simplified ones, so it runs only when the text is clearly traditional.
 */
public final class ChineseScript {
    /** Share of Chinese characters that must change before a text counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.01;
    private static final int MIN_CHANGED = 5;

    /** ICU transliterators keep state while they work: one per thread. */
    private final ThreadLocal<Transliterator> toSimplified = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /**
     * The characters ICU's transliterator changes on their own (traditional-only characters), shipped as a resource
     * because computing them takes a third of a second at start-up; {@code ChineseScriptTest} recomputes it. A
     * simplified report holds almost none, so the costly transliteration runs only on texts that may be traditional.
     */
    static final String RESOURCE = "/traditional-chars.txt";
    private final java.util.BitSet traditionalOnly = load();

    private static java.util.BitSet load() {
        try (var in = ChineseScript.class.getResourceAsStream(RESOURCE)) {
            String chars = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            java.util.BitSet set = new java.util.BitSet(0x10000);
            for (int i = 0; i < chars.length(); i++) set.set(chars.charAt(i));
            return set;
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the build lacks " + RESOURCE, e);
        }
    }

    /** The resource's characters (for the test that keeps it current). */
    java.util.Set<Character> traditionalOnly() {
        java.util.Set<Character> out = new java.util.HashSet<>();
        traditionalOnly.stream().forEach(c -> out.add((char) c));
        return out;
    }

    /**
     * What reading needs to know of a text's characters, counted in one pass: all of them, the Chinese ones, the
     * undecodable ones (U+FFFD) and the traditional-only ones.
     */
    record Census(long total, long han, long replacement, long traditional) {
        Census plus(Census o) {
            return new Census(total + o.total, han + o.han, replacement + o.replacement, traditional + o.traditional);
        }
    }

    /** Counts the characters of {@code lines} (see {@link Census}). */
    Census census(List<String> lines) {
        long total = 0;
        long han = 0;
        long replacement = 0;
        long traditional = 0;
        for (String line : lines) {
            total += line.length();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (Han.is(c)) {
                    han++;
                    if (traditionalOnly.get(c)) traditional++;
                } else if (c == '\uFFFD') {
                    replacement++;
                }
            }
        }
        return new Census(total, han, replacement, traditional);
    }

    /** Returns simplified lines, or the same list when the text is not traditional. */
    public List<String> toSimplified(List<String> lines) {
        return toSimplified(lines, census(lines));
    }

    /** As {@link #toSimplified(List)}, with the lines' census already taken. */
    List<String> toSimplified(List<String> lines, Census census) {
        long han = census.han();
        long candidates = census.traditional();
        // few traditional-only characters: not a traditional text (the full conversion below decides the rest)
        if (candidates < MIN_CHANGED || candidates < han * TRADITIONAL_SHARE) return lines;
        String joined = String.join("\n", lines);
        String converted = toSimplified.get().transliterate(joined);
        if (converted.length() != joined.length()) return lines; // a conversion that changes length is not a script swap
        int changed = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Han.is(c) && c != converted.charAt(i)) changed++;
        }
        if (changed < MIN_CHANGED || changed < han * TRADITIONAL_SHARE) return lines;
        return List.of(converted.split("\n", -1));
    }
}
