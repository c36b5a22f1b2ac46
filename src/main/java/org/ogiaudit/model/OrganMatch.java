package org.ogiaudit.model;

/**
 * How surely two reports are of the same organ. Precision first: a FAIL that compares two reports needs {@link #SAME};
 * a link that only loosely holds makes a finding UNCERTAIN.
 */
public enum OrganMatch {
    /** The same normalised name, read from a title, a page or a manifest, in places that do not disagree. */
    SAME,
    /**
     * The same name, but read only from a body, or with division codes that disagree, or with two reports claiming the
     * organ and year: probably the same organ, not surely.
     */
    LOOSE,
    /** Two organs. */
    DIFFERENT
}
