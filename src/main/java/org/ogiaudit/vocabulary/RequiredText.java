package org.ogiaudit.vocabulary;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What text a regular expression cannot match without: a set of strings such that every match contains one of them
 * ("依申请[^。]{0,20}(收费|费用)" needs "依申请"; "(未|没有)[^。]{0,6}收取" needs "未" or "没有", or "收取"). Null when
 * nothing can be said ("\\d+件?" needs no literal at all).
 *
 * <p>The extractor tests most sentences against most concepts; a sentence that holds none of a concept's required
 * first characters is ruled out with one pass over its characters, before any regular expression runs. The analysis
 * covers the syntax vocabulary files use (literals, escapes, classes, groups, alternation, quantifiers, anchors,
 * look-arounds); anything it does not follow makes it answer null, which is always safe.
 */
final class RequiredText {
    private final String p;
    private int i;

    private RequiredText(String pattern) {
        this.p = pattern;
    }

    /** The strings one of which every match of {@code pattern} contains, or null when there is no such set. */
    static Set<String> of(String pattern) {
        if (pattern.contains("(?i") || pattern.contains("(?u") || pattern.contains("(?x") || pattern.contains("\\Q")) return null;
        try {
            RequiredText r = new RequiredText(pattern);
            Set<String> out = r.alternation();
            return r.i == pattern.length() ? out : null;
        } catch (RuntimeException e) {
            return null; // a construct this analysis does not follow: no prefilter
        }
    }

    /** alternatives separated by '|', up to ')' or the end. */
    private Set<String> alternation() {
        Set<String> union = new LinkedHashSet<>();
        boolean bounded = true;
        while (true) {
            Set<String> seq = sequence();
            if (seq == null) bounded = false; else union.addAll(seq);
            if (i < p.length() && p.charAt(i) == '|') {
                i++;
                continue;
            }
            return bounded && !union.isEmpty() ? union : null;
        }
    }

    /** One alternative: atoms in a row. Returns the best requirement among them (any one is sound). */
    private Set<String> sequence() {
        Set<String> best = null;
        StringBuilder run = new StringBuilder(); // consecutive required literal characters
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            Atom a = atom();
            int min = quantifierMin();
            if (a.literal != 0 && min == 1 && !hasQuantifierJustRead) {
                run.append(a.literal);
                continue;
            }
            best = better(best, run.length() > 0 ? Set.of(run.toString()) : null);
            run.setLength(0);
            if (min >= 1) {
                Set<String> req = a.literal != 0 ? Set.of(String.valueOf(a.literal)) : a.required;
                best = better(best, req);
            }
        }
        return better(best, run.length() > 0 ? Set.of(run.toString()) : null);
    }

    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        return score(b) > score(a) ? b : a;
    }

    /** Longer required strings and fewer alternatives rule out more sentences. */
    private static int score(Set<String> s) {
        int shortest = s.stream().mapToInt(String::length).min().orElse(0);
        return shortest * 100 - s.size();
    }

    /** A parsed atom: a literal character, or what a group requires (null for classes and zero-width atoms). */
    private record Atom(char literal, Set<String> required) { }

    private boolean hasQuantifierJustRead;

    private Atom atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                i++;
                boolean zeroWidth = false;
                if (p.startsWith("?:", i)) {
                    i += 2;
                } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
                    i += 2;
                    zeroWidth = true;
                } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
                    i += 3;
                    zeroWidth = true;
                } else if (p.startsWith("?<", i)) {
                    int close = p.indexOf('>', i);
                    i = close + 1; // a named group
                } else if (p.startsWith("?", i)) {
                    throw new IllegalArgumentException("inline flags");
                }
                Set<String> inner = alternation();
                if (i >= p.length() || p.charAt(i) != ')') throw new IllegalArgumentException("unclosed group");
                i++;
                return new Atom((char) 0, zeroWidth ? null : inner);
            }
            case '[' -> {
                skipClass();
                return new Atom((char) 0, null);
            }
            case '\\' -> {
                char e = p.charAt(i + 1);
                i += 2;
                if (e == 'p' || e == 'P') {
                    if (p.charAt(i) == '{') i = p.indexOf('}', i) + 1; else i++;
                    return new Atom((char) 0, null);
                }
                if (Character.isLetterOrDigit(e)) return new Atom((char) 0, null); // a class, an anchor, a back-reference, a code point: no literal
                return new Atom(e, null); // an escaped metacharacter: itself
            }
            case '.', '^', '$' -> {
                i++;
                return new Atom((char) 0, null);
            }
            default -> {
                i++;
                return new Atom(c, null);
            }
        }
    }

    /** Reads a quantifier after an atom, if any; returns its minimum (1 when there is none). */
    private int quantifierMin() {
        hasQuantifierJustRead = false;
        if (i >= p.length()) return 1;
        char c = p.charAt(i);
        int min;
        if (c == '?' || c == '*') {
            i++;
            min = 0;
        } else if (c == '+') {
            i++;
            min = 1;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            String body = p.substring(i + 1, close);
            int comma = body.indexOf(',');
            min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
            i = close + 1;
        } else {
            return 1;
        }
        hasQuantifierJustRead = true;
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) i++; // lazy or possessive
        return min;
    }

    private void skipClass() {
        i++; // '['
        if (i < p.length() && p.charAt(i) == '^') i++;
        if (i < p.length() && p.charAt(i) == ']') i++; // a literal ']' first
        int depth = 1;
        while (i < p.length() && depth > 0) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') depth++;
            else if (c == ']') depth--;
            i++;
        }
        if (depth != 0) throw new IllegalArgumentException("unclosed class");
    }
}
