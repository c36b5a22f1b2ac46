package org.ogiaudit.rules;

/** The rules could not finish on one report; the batch goes on. */
public class AuditException extends Exception {
    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
