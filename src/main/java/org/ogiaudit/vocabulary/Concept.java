package org.ogiaudit.vocabulary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One concept of the reading vocabulary, as its file lists it: the wordings that make a sentence or a heading mean it,
 * and the wordings that rule it out ("!" lines).
 *
 * <p>Text counts when one term is found in it and no exclusion is. Most text holds none of a concept's words: a
 * character pre-check ({@link RequiredText}) rules it out before any regular expression runs.
 */
public final class Concept {
    private final ConceptName name;
    private final List<Term> terms;
    private final List<Term> exclusions;
    private final Pattern any;
    private final Pattern anyExclusion;
    /** First characters of the text every match needs; null when some term needs none (then every text is tried). */
    private final BitSet firstChars;
    /**
     * For each term, the strings one of which its every match contains (null: none known), in the order of
     * {@link #terms}. Searching a sentence for a few literal strings is a vectorised scan; running a pattern with
     * bounded gaps ("依申请[^。]{0,20}收费") at every position of a long sentence is not.
     */
    private final String[][] required;
    private final Pattern[] patterns;

    Concept(ConceptName name, List<Term> all) {
        this.name = name;
        List<Term> in = new ArrayList<>();
        List<Term> out = new ArrayList<>();
        for (Term t : all) (t.exclusion() ? out : in).add(t);
        this.terms = List.copyOf(in);
        this.exclusions = List.copyOf(out);
        this.any = combine(terms);
        this.anyExclusion = exclusions.isEmpty() ? null : combine(exclusions);
        this.firstChars = firstChars(terms);
        this.required = new String[terms.size()][];
        this.patterns = new Pattern[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            Set<String> r = RequiredText.of(terms.get(i).pattern().pattern());
            required[i] = r == null ? null : r.toArray(new String[0]);
            patterns[i] = terms.get(i).pattern();
        }
    }

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<(?=[A-Za-z])[A-Za-z0-9]+>");

    private static Pattern combine(List<Term> terms) {
        if (terms.isEmpty()) return Pattern.compile("(?!)"); // matches nothing
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (sb.length() > 0) sb.append('|');
            // a term's named groups (its own matcher reads them) would clash in the alternation: here they only group
            sb.append("(?:").append(NAMED_GROUP.matcher(t.pattern().pattern()).replaceAll("(?:")).append(')');
        }
        return Pattern.compile(sb.toString());
    }

    private static BitSet firstChars(List<Term> terms) {
        BitSet bits = new BitSet(Character.MAX_VALUE + 1);
        for (Term t : terms) {
            Set<String> required = RequiredText.of(t.pattern().pattern());
            if (required == null) return null;
            for (String s : required) bits.set(s.charAt(0));
        }
        return bits;
    }

    public ConceptName getName() { return name; }
    public List<Term> getTerms() { return terms; }
    public List<Term> getExclusions() { return exclusions; }

    /** False when {@code text} cannot hold any term: none of the characters every term needs is in it. */
    public boolean mayMatch(CharSequence text) {
        if (firstChars == null) return true;
        for (int k = 0; k < text.length(); k++) {
            if (firstChars.get(text.charAt(k))) return true;
        }
        return false;
    }

    /**
     * A matcher of term {@code i} (of {@link #getTerms()}) over {@code text}, or null when the text lacks every literal
     * string each of its matches needs: a caller trying terms in turn skips the ones that cannot match without running
     * them.
     */
    public Matcher termMatcher(int i, String text) {
        return mayHold(text, required[i]) ? patterns[i].matcher(text) : null;
    }

    /** True when a term is found in {@code text} and no exclusion is. */
    public boolean in(CharSequence text) {
        return find(text) != null;
    }

    /**
     * The first text a term matches (the leftmost match; at one place, the term listed first), or null when none does
     * or an exclusion rules the text out.
     */
    public String find(CharSequence text) {
        String s = text.toString();
        int bestStart = Integer.MAX_VALUE;
        String best = null;
        for (int i = 0; i < patterns.length; i++) {
            Matcher m = termMatcher(i, s);
            if (m != null && m.find() && m.start() < bestStart) {
                bestStart = m.start();
                best = m.group();
                if (bestStart == 0) break;
            }
        }
        if (best == null) return null;
        if (anyExclusion != null && anyExclusion.matcher(s).find()) return null;
        return best;
    }

    private static boolean mayHold(String s, String[] required) {
        if (required == null) return true;
        for (String r : required) if (s.contains(r)) return true;
        return false;
    }

    /** A matcher of every term over {@code text} (exclusions not applied): for finding each occurrence. */
    public Matcher matcher(CharSequence text) {
        return any.matcher(text);
    }

    /** True when an exclusion is found in {@code text}. */
    public boolean excluded(CharSequence text) {
        return anyExclusion != null && anyExclusion.matcher(text).find();
    }

    /** True when the whole of {@code text} is one term (for words such as a heading or a suffix standing alone). */
    public boolean matchesWhole(CharSequence text) {
        return any.matcher(text).matches() && !excluded(text);
    }

    /** The terms as one regular expression, to embed in a pattern of the extractor's own: "(?:统计期限|统计时限)". */
    public String asRegex() {
        return "(?:" + any.pattern() + ")";
    }

    @Override public String toString() { return name.fileName() + " (" + terms.size() + " terms)"; }
}
