package org.ogiaudit.model;

import java.util.Locale;

/** How serious a finding is, as declared by the rule's {@code @severity} metadata. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Parses DRL metadata such as {@code "error"}; returns null for anything else. */
    public static Severity parse(String text) {
        if (text == null) return null;
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
