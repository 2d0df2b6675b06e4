package dev.mocksy;

/** The provider does not know the model (a typo, a retired model, or no access to it). */
public class ModelNotFoundException extends ProviderException {

    private final String model;

    public ModelNotFoundException(String provider, String model, String message) {
        super(provider, message);
        this.model = model;
    }

    /** The model that was asked for. */
    public String model() {
        return model;
    }
}
