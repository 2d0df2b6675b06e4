package dev.mocksy.embeddings.minilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.evaluation.TextEmbedder;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderRegistry;
import dev.mocksy.spi.Providers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled model, loaded and run for real. */
class MiniLmTextEmbedderIT {

    private final TextEmbedder embedder = MiniLmTextEmbedder.shared();

    @Test
    void should_return_unit_vectors_of_384_dimensions() {
        float[] vector = embedder.embed("Goroutines are scheduled by the Go runtime");

        assertThat(vector).hasSize(MiniLmTextEmbedder.DIMENSIONS);
        assertThat(TextEmbedder.cosine(vector, vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void should_put_a_paraphrase_closer_than_an_unrelated_sentence() {
        float[] point = embedder.embed("Goroutines are lightweight and scheduled by the Go runtime");
        float[] paraphrase = embedder.embed("cheap threads scheduled by the Go runtime");
        float[] unrelated = embedder.embed("Preheat the oven and mix the flour with the sugar");

        assertThat(TextEmbedder.cosine(point, paraphrase)).isGreaterThan(0.6);
        assertThat(TextEmbedder.cosine(point, unrelated)).isLessThan(0.2);
    }

    @Test
    void should_embed_a_batch_in_order_like_one_by_one() {
        List<String> texts = List.of("first sentence about caching", "second sentence about indexes", "");

        List<float[]> batch = embedder.embedAll(texts);

        assertThat(batch).hasSize(3);
        for (int i = 0; i < 2; i++) {
            assertThat(TextEmbedder.cosine(batch.get(i), embedder.embed(texts.get(i))))
                    .isGreaterThan(0.999);
        }
        // a blank text means nothing: the zero vector, similar to nothing
        assertThat(batch.get(2)).containsOnly(0f);
        assertThat(TextEmbedder.cosine(batch.get(2), batch.get(0))).isZero();
    }

    @Test
    void should_reject_null_text_with_a_clear_error() {
        assertThatThrownBy(() -> embedder.embed(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null");
        assertThatThrownBy(() -> embedder.embedAll(java.util.Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_be_found_on_the_class_path_unless_turned_off() {
        assertThat(Providers.of(ProviderRegistry.create(), ProviderConfig.isolated(Map.of()))
                        .find(Capability.TEXT_EMBEDDER))
                .get()
                .extracting(TextEmbedder::name)
                .isEqualTo(MiniLmTextEmbedder.NAME);
        assertThat(Providers.of(
                                ProviderRegistry.create(),
                                ProviderConfig.isolated(Map.of("mocksy.text-embedder", "none")))
                        .find(Capability.TEXT_EMBEDDER))
                .isEmpty();
    }
}
