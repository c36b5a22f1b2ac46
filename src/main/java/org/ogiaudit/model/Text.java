package org.ogiaudit.model;

import java.util.Objects;

/**
 * Something said to a person, in Chinese and in English: a finding's title, message, basis and advice. Rule authors
 * write both in the rule's metadata; the output shows the one {@link Lang} the user asked for, and both languages say
 * the same finding, so that a Chinese and an English run agree finding for finding.
 *
 * @param zh the Chinese text (never null; empty when there is nothing to say)
 * @param en the English text (never null)
 */
public record Text(String zh, String en) {
    public static final Text EMPTY = new Text("", "");

    public Text {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in {@code lang}. */
    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    public boolean isEmpty() { return zh.isEmpty() && en.isEmpty(); }

    /** This text followed by {@code more} in each language. */
    public Text plus(Text more) {
        return new Text(zh + more.zh, en + more.en);
    }

    /** True when either language holds {@code s}. */
    public boolean contains(String s) {
        return zh.contains(Objects.requireNonNull(s)) || en.contains(s);
    }

    @Override public String toString() { return zh; }
}
