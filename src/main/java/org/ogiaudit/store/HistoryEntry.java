package org.ogiaudit.store;

import java.util.List;
import org.ogiaudit.model.Text;

/**
 * One saved year of an organ, as {@code ogi-audit history} lists it: its score and finding counts, and the findings of
 * the cross-report phase about it.
 */
public record HistoryEntry(String organ, String organKey, Integer year, String file, int part, Integer score, int fails,
                           int uncertain, String checkedAt, String rulebookSha256, List<Cross> cross) {

    /** A cross-report finding about this year, naming the report it was compared with. */
    public record Cross(String rule, String status, int deducted, Text message, String otherOrgan, Integer otherYear,
                        String otherFile) { }

    /** Cross-report findings that are FAIL. */
    public long crossFails() { return cross.stream().filter(c -> c.status().equals("FAIL")).count(); }
}
