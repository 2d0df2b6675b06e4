package dev.mocksy;

/** The interview store could not read or write its journal. */
public class StoreException extends MocksyException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
