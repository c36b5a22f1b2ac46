package org.ogiaudit.render;

import java.io.IOException;
import org.ogiaudit.model.AuditResult;

/** Writes a batch's results as they come: {@code begin}, one {@code report} per report, then {@code end}. */
public interface Renderer {
    void begin(RunInfo run) throws IOException;

    void report(AuditResult result) throws IOException;

    void end(Tally tally) throws IOException;
}
