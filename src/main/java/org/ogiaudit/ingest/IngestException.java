package org.ogiaudit.ingest;

import org.ogiaudit.model.Text;

/**
 * A file could not be read as a report; {@link #reason()} says why, in Chinese and English, for the person running the
 * batch (Chinese unless they asked for English). {@link #getMessage()} is the English, for logs and stack traces.
 */
public class IngestException extends Exception {
    private final Text reason;

    public IngestException(String zh, String en) {
        this(zh, en, null);
    }

    public IngestException(String zh, String en, Throwable cause) {
        super(en, cause);
        this.reason = Text.of(zh, en);
    }

    /** Why the file could not be read, in both languages. */
    public Text reason() { return reason; }
}
