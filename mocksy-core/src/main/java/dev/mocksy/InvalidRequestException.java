package dev.mocksy;

/** The provider rejected the request itself (HTTP 400, 413, 422): repeating it unchanged fails again. */
public class InvalidRequestException extends ProviderException {

    private final int status;

    public InvalidRequestException(String provider, int status, String message) {
        super(provider, message);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
