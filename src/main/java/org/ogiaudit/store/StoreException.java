package org.ogiaudit.store;

/** The history store cannot be used: unreachable, locked, corrupt, of another program, or of a newer schema. */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
