package org.ogiaudit.model;

import java.util.List;

/**
 * How much of a report's wording repeats another report's: the subject's distinctive sentences (organ names, places,
 * years and numbers removed; headings, table rows and the format's standard sentences left out, and so is any wording
 * found in many reports) and how many of them the other report has. The share is the subject's: a short report copied
 * whole into a long one shares all of its sentences, the long one only some of its own. The rules decide whether that is
 * a copy (雷同), the same report twice, or nothing.
 */
public final class SharedText implements Comparison {
    /** A sentence of the subject that the other report has too, quoted on both sides. */
    public record Sentence(String quote, int line, String otherQuote, int otherLine) { }

    private final CrossReport subject;
    private final CrossReport other;
    private final OrganMatch organMatch;
    private final int sentences;
    private final int otherSentences;
    private final int shared;
    private final boolean identical;
    private final boolean tablesAgree;
    private final List<Sentence> examples;

    /**
     * @param sentences      the subject's distinctive sentences
     * @param otherSentences the other's
     * @param shared         how many the two have in common
     * @param identical      true when the two texts are the same, sentence for sentence, numbers included
     * @param tablesAgree    true when no cell of table 三 that both reports read differs
     * @param examples       some shared sentences, in the subject's order
     */
    public SharedText(CrossReport subject, CrossReport other, OrganMatch organMatch, int sentences, int otherSentences,
                      int shared, boolean identical, boolean tablesAgree, List<Sentence> examples) {
        this.subject = subject;
        this.other = other;
        this.organMatch = organMatch;
        this.sentences = sentences;
        this.otherSentences = otherSentences;
        this.shared = shared;
        this.identical = identical;
        this.tablesAgree = tablesAgree;
        this.examples = List.copyOf(examples);
    }

    @Override public CrossReport getSubject() { return subject; }
    @Override public CrossReport getOther() { return other; }
    @Override public OrganMatch getOrganMatch() { return organMatch; }
    public int getSentences() { return sentences; }
    public int getOtherSentences() { return otherSentences; }
    public int getShared() { return shared; }
    /** The share of the subject's distinctive sentences the other has, 0..1. */
    public double getShare() { return sentences == 0 ? (identical ? 1 : 0) : (double) shared / sentences; }
    /** The share of the other's distinctive sentences the subject has. */
    public double getOtherShare() { return otherSentences == 0 ? (identical ? 1 : 0) : (double) shared / otherSentences; }
    public boolean isIdentical() { return identical; }
    public boolean isTablesAgree() { return tablesAgree; }
    public List<Sentence> getExamples() { return examples; }

    /** Subject year − other year, or null when either is unknown. */
    public Integer getYearGap() {
        return subject.getYear() == null || other.getYear() == null ? null : subject.getYear() - other.getYear();
    }

    public boolean isSameYear() { return Integer.valueOf(0).equals(getYearGap()); }

    /** True when the other report came first: from the store, or earlier in this run's input order. */
    public boolean isOtherFirst() {
        return other.isStored() || (!subject.isStored() && other.getInputOrder() < subject.getInputOrder());
    }

    /** True when both publication dates are known and the other's is earlier. */
    public boolean isOtherPublishedEarlier() {
        return subject.getPublishedOn() != null && other.getPublishedOn() != null && other.getPublishedOn().isBefore(subject.getPublishedOn());
    }

    /** True when both publication dates are known and the other's is later. */
    public boolean isOtherPublishedLater() {
        return subject.getPublishedOn() != null && other.getPublishedOn() != null && other.getPublishedOn().isAfter(subject.getPublishedOn());
    }

    /** The share of its distinctive sentences the other report repeats, as a whole percentage. */
    public long getPercent() { return Math.round(getShare() * 100); }

    @Override public List<Evidence> getEvidence() {
        return examples.stream().map(s -> new Evidence(s.quote(), s.line())).toList();
    }

    @Override public List<Evidence> getOtherEvidence() {
        return examples.stream().map(s -> new Evidence(s.otherQuote(), s.otherLine())).toList();
    }

    @Override public String toString() { return "SharedText[" + subject.getName() + " vs " + other.getName() + " " + shared + "/" + sentences + "]"; }
}
