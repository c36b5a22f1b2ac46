package org.ogiaudit.model;

import java.util.Locale;

/** The score's subtotals (rule catalogue, "Scoring"); a rule names its category in {@code @category}. */
public enum Category {
    COMPLETENESS("完整性"),
    TIMELINESS("及时性"),
    CONSISTENCY("一致性"),
    FORMAT("规范性");

    private final String chinese;

    Category(String chinese) { this.chinese = chinese; }

    public String getChinese() { return chinese; }

    /**
     * Parses DRL metadata ({@code "completeness"} or {@code "完整性"}); null when it is neither. 准确性, the name the rule
     * catalogue once gave consistency, is still read.
     */
    public static Category parse(String text) {
        if (text == null) return null;
        String t = text.trim();
        if (t.equals("准确性")) return CONSISTENCY;
        for (Category c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT)) || c.chinese.equals(t)) return c;
        }
        return null;
    }
}
