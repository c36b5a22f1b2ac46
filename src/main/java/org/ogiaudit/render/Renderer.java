package org.ogiaudit.render;

import java.io.IOException;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;

/**
 * Writes a batch's results as they come: {@code begin}, one {@code report} per report, the findings of the
 * cross-report phase ({@code cross}, after every report), then {@code end}.
 */
public interface Renderer {
    void begin(RunInfo run) throws IOException;

    void report(AuditResult result) throws IOException;

    /** A finding of the cross-report phase, naming two reports; a format that has no place for it ignores it. */
    default void cross(CrossFinding finding) throws IOException { }

    void end(Tally tally) throws IOException;
}
