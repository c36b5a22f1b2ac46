package org.ogiaudit.ingest;

/** A file could not be read as a report; the message says why, for the person running the batch. */
public class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
