package dev.mocksy;

/** The account's quota, credit or spend limit is used up: retrying does not help until the user adds more. */
public class QuotaExhaustedException extends ProviderException {

    public QuotaExhaustedException(String provider, String message) {
        super(provider, message);
    }
}
