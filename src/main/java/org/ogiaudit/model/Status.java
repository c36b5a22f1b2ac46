package org.ogiaudit.model;

/** Outcome of a rule that fired. */
public enum Status {
    /** The report breaks the requirement; the finding carries evidence and deducts its points. */
    FAIL,
    /** The facts needed to decide are missing or unreadable; never deducts points. */
    UNCERTAIN
}
