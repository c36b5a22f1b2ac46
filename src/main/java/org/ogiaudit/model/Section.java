package org.ogiaudit.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A heading of the report and what it is about.
 *
 * <p>{@code level} is 1 for 一、 style headings (and 第一部分, and unnumbered lines that are a canonical heading by
 * themselves), 2 for (一)/㈠ style ones. {@code ordinal} is the heading's own number (一 = 1), 0 when unnumbered.
 */
public final class Section {
    private final Set<SectionKind> kinds;
    private final String heading;
    private final int level;
    private final int ordinal;
    private final int line;
    private final int bodyChars;
    private final boolean empty;
    private final boolean inAppendix;
    private final Evidence evidence;

    public Section(Set<SectionKind> kinds, String heading, int level, int ordinal, int line, int bodyChars,
                   boolean empty, boolean inAppendix, Evidence evidence) {
        this.kinds = kinds.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        this.heading = heading;
        this.level = level;
        this.ordinal = ordinal;
        this.line = line;
        this.bodyChars = bodyChars;
        this.empty = empty;
        this.inAppendix = inAppendix;
        this.evidence = evidence;
    }

    public Set<SectionKind> getKinds() { return kinds; }
    public boolean is(SectionKind kind) { return kinds.contains(kind); }
    public String getHeading() { return heading; }
    public int getLevel() { return level; }
    public int getOrdinal() { return ordinal; }
    public int getLine() { return line; }
    /**
     * Characters of text under this heading up to the next heading of the same or a higher level, counted line by line
     * until the count passes 200: it says whether the heading stands over anything, not how long the part is.
     */
    public int getBodyChars() { return bodyChars; }
    /** True when nothing but "无"/"暂无"/"没有" (or nothing at all) stands under the heading. */
    public boolean isEmptyBody() { return empty; }
    /** True for headings inside a statistics appendix (附表), which repeat the report's topics as table titles. */
    public boolean isInAppendix() { return inAppendix; }
    /** The heading line as printed. */
    public Evidence getEvidence() { return evidence; }

    @Override public String toString() { return "Section[" + line + " " + heading + " " + kinds + "]"; }
}
