package org.ogiaudit.rules;

import org.ogiaudit.model.Text;

/** The rules could not finish on one report; the batch goes on. {@link #reason()} says why in both languages. */
public class AuditException extends Exception {
    private final Text reason;

    public AuditException(Text reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public Text reason() { return reason; }
}
