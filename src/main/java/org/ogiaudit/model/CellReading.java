package org.ogiaudit.model;

/** How a table cell's value was read: rules must know when a value was derived from the very totals they test. */
public enum CellReading {
    /** Read from its own cell. */
    CELL("cell"),
    /** The whole row was left blank: every cell counts as 0 (rule catalogue). */
    BLANK_ROW("blank row"),
    /** A run of zeros, one per cell. */
    ALL_ZEROS("split (all zeros)"),
    /** Glued digits cut apart by the row's own total: the row total cannot be tested with it. */
    SPLIT_BY_ROW_TOTAL("split by the row total"),
    /** Glued digits cut apart by the row and the column totals of table 三: no identity of that column may test it. */
    SPLIT_BY_ROW_AND_COLUMN_TOTALS("split by the row and column totals"),
    /** Not read: the value is unknown, never 0. */
    UNREADABLE("unreadable");

    private final String description;

    CellReading(String description) { this.description = description; }

    /** For a person, as {@code ogi-audit facts} prints it. */
    public String getDescription() { return description; }

    /** True when the value was cut out of a run of digits the page glued together. */
    public boolean isFromGluedDigits() {
        return this == ALL_ZEROS || this == SPLIT_BY_ROW_TOTAL || this == SPLIT_BY_ROW_AND_COLUMN_TOTALS;
    }
}
