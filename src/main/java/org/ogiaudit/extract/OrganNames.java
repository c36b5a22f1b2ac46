package org.ogiaudit.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Cuts an organ's name out of the sentence around it, so that "请与钦州市人民政府办公室联系" gives 钦州市人民政府办公室,
 * not "请与钦州市人民政府". A name ends with an organ's ending (the vocabulary's organ-*.txt) and starts where a place
 * of the national division list starts ({@link Divisions}), or, where the list does not know the place, right after the
 * words that stand before names in a sentence (vocabulary/organ-lead-words.txt: 现公布, 请与, 由 …).
 */
final class OrganNames {
    private static final int MAX_NAME = 30;
    private static final int MIN_NAME = 3;
    /** Words no organ's name holds: a name that has one runs over the sentence around it. */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("编制|公布|发布|印发|根据|按照|关于|请与|联系|通过|报告");
    /** What may stand inside a name: Chinese, and the brackets of "武昌经开区(滨江)管委会". */
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}()（）]+");

    private final Divisions divisions;
    private final Organs organs;
    private final Concept leadWords;
    private final Pattern leadAtStart;

    OrganNames(Divisions divisions, Organs organs, Vocabulary v) {
        this.divisions = divisions;
        this.organs = organs;
        this.leadWords = v.get(ConceptName.ORGAN_LEAD_WORDS);
        this.leadAtStart = Pattern.compile("^(?:" + leadWords.asRegex() + ")+");
    }

    /** The organ name {@code text} ends with, or null: "现公布大涌镇人民政府办公室" → 大涌镇人民政府办公室. */
    String endingAt(String text) {
        String t = trailingName(text);
        if (t == null) return null;
        // the longest ending that starts with a place of the division list
        for (int i = 0; i + MIN_NAME <= t.length(); i++) {
            String candidate = t.substring(i);
            if (NOT_IN_A_NAME.matcher(candidate).find()) continue;
            Divisions.Resolution r = divisions.resolve(candidate);
            if ((r.resolved() || r.ambiguous()) && !r.placeText().isEmpty() && isOrgan(candidate)) return candidate;
        }
        // a place the list does not know (an old name, a zone): the name starts after the words before it
        String stripped = leadAtStart.matcher(t).replaceFirst("");
        if (stripped.length() >= MIN_NAME && isOrgan(stripped) && startsLikeAName(stripped)
                && !NOT_IN_A_NAME.matcher(stripped).find()) return stripped;
        return null;
    }

    /** True when the name ends like an organ (or is a place or zone, which names its government). */
    boolean isOrgan(String name) {
        return name != null && name.length() >= MIN_NAME && organs.kind(organs.canonical(name)) != OrganKind.UNKNOWN
                && !name.endsWith("政府信息") && !leadWords.matchesWhole(name);
    }

    /** The run of name characters at the end of {@code text}, at most {@value #MAX_NAME} long. */
    private static String trailingName(String text) {
        if (text == null) return null;
        String t = text.strip();
        int end = t.length();
        int start = end;
        while (start > 0 && end - start < MAX_NAME && NAME_CHARS.matcher(String.valueOf(t.charAt(start - 1))).matches()) start--;
        return start == end ? null : t.substring(start, end);
    }

    /** A name does not start with a function word, nor with 我/本 (我局, 本单位: how a report speaks of itself). */
    private static boolean startsLikeAName(String t) {
        return "的在和与及由对为向从于以了将把被是我本该其各全".indexOf(t.charAt(0)) < 0;
    }

    /** The named group {@code organ} of a match, cut like {@link #endingAt}. */
    String fromMatch(Matcher m) {
        return endingAt(m.group("organ"));
    }
}
