package org.ogiaudit.model;

/**
 * Whether a statistics table was found and read: the fact OGI-FORMAT-TABLES and the totals rules start from.
 *
 * @see TableCell
 */
public final class TableRead {
    /** How far a table could be read. */
    public enum State {
        /** Every row was found and every cell read. */
        READ,
        /** The table is there but some rows or cells could not be read reliably: totals rules say UNCERTAIN. */
        PARTLY_READ,
        /** No trace of the table in the text. */
        ABSENT
    }

    private final Table table;
    private final State state;
    private final Text note;
    private final Evidence evidence;

    /** @param note what could not be read, in both languages (a finding quotes it); null when the table was read */
    public TableRead(Table table, State state, Text note, Evidence evidence) {
        this.table = table;
        this.state = state;
        this.note = note;
        this.evidence = evidence;
    }

    public Table getTable() { return table; }
    public State getState() { return state; }
    /** What could not be read, for a person. */
    public Text getNote() { return note; }
    /** Where the table starts (null when absent). */
    public Evidence getEvidence() { return evidence; }
    public boolean isAbsent() { return state == State.ABSENT; }
    public boolean isFullyRead() { return state == State.READ; }
    public String getName() { return table.getName(); }

    @Override public String toString() { return "TableRead[" + table + " " + state + (note == null ? "" : " " + note.en()) + "]"; }
}
