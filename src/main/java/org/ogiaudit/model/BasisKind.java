package org.ogiaudit.model;

import java.util.Locale;

/**
 * What kind of authority a rule rests on, declared in its {@code @basisKind} metadata and shown beside every finding,
 * so that an office never cites practice as if it were law (rule catalogue, "Basis kinds and profiles").
 */
public enum BasisKind {
    /** An article of the 2007 or 2019 Regulations, or the State Council General Office's format notices (60号, 30号). */
    STATUTE,
    /** A local standard or notice; the rule names where it applies ({@code @region}). */
    LOCAL,
    /** Near-universal practice, with examples; no law requires it. */
    PRACTICE;

    /** "statute": as JSON and DRL metadata write it. */
    public String id() { return name().toLowerCase(Locale.ROOT); }
}
