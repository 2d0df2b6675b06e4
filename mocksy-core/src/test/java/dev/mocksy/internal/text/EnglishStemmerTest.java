package dev.mocksy.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStemmerTest {

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "index, indexes",
        "index, indexing",
        "index, indexed",
        "index, indices",
        "query, queries",
        "query, queried",
        "cache, caching",
        "cache, caches",
        "cache, cached",
        "scale, scaling",
        "scale, scalable",
        "scale, scalability",
        "deploy, deployment",
        "deploy, deployed",
        "normalize, normalization",
        "normalize, normalise",
        "normalize, normalised",
        "replicate, replication",
        "replicate, replicated",
        "run, running",
        "run, ran",
        "stop, stopped",
        "lead, led",
        "build, built",
        "write, wrote",
        "write, writing",
        "use, using",
        "use, used",
        "service, services",
        "process, processes",
        "process, processing",
        "measure, measurable",
        "quick, quickly",
        "team, team's",
        "improve, improvement"
    })
    void should_give_related_forms_the_same_stem(String word, String form) {
        assertThat(EnglishStemmer.stem(form)).isEqualTo(EnglishStemmer.stem(word));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"server, serve", "status, stat", "analysis, analyst", "latency, late", "table, tablet"})
    void should_keep_unrelated_or_agent_forms_apart(String word, String other) {
        assertThat(EnglishStemmer.stem(word)).isNotEqualTo(EnglishStemmer.stem(other));
    }

    @ParameterizedTest
    @CsvSource({"is, be", "bus, bus", "use, use", "404, 404", "3.5, 3.5"})
    void should_leave_short_words_and_numbers_alone_or_map_them_to_their_lemma(String word, String stem) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(stem);
    }
}
