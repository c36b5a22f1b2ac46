package org.ogiaudit.store;

import org.ogiaudit.model.Text;

/**
 * The history store could not be used; {@link #reason()} says why in Chinese and English (the store was left as it
 * was). {@link #getMessage()} is the English, for logs.
 */
public class StoreException extends Exception {
    private final Text reason;

    public StoreException(Text reason) {
        this(reason, null);
    }

    public StoreException(Text reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public Text reason() { return reason; }
}
