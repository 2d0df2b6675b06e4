package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.MocksyException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private static final String DIR = "dev/mocksy/question/testbank/";

    @Test
    void should_load_every_question_of_every_listed_file_with_its_fields() {
        // when
        QuestionBank bank = QuestionBank.fromResources(List.of(DIR + "valid.json", DIR + "other.json"));

        // then
        assertThat(bank.size()).isEqualTo(3);
        assertThat(bank.questions())
                .extracting(Question::id)
                .containsExactly("t-index-01", "t-conflict-01", "t-cache-01");
        Question index = bank.byId("t-index-01").orElseThrow();
        assertThat(index.type()).isEqualTo(InterviewType.TECHNICAL);
        assertThat(index.roles()).containsExactly(Role.BACKEND);
        assertThat(index.levels()).containsExactly(Level.MID);
        assertThat(index.keyPoints()).hasSize(2);
        assertThat(index.keyPoints().get(1).terms()).contains("write overhead");
        assertThat(bank.byId("t-conflict-01").orElseThrow().companies()).containsExactly("amazon");
    }

    @Test
    void should_reject_an_id_used_twice_in_one_file_naming_file_and_id() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "duplicate-in-file.json")))
                .isInstanceOf(QuestionBankException.class)
                .isInstanceOf(MocksyException.class)
                .hasMessageContaining("duplicate-in-file.json")
                .hasMessageContaining("t-dup-01")
                .hasMessageContaining("same file");
    }

    @Test
    void should_reject_an_id_used_in_two_files_naming_both() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "other.json", DIR + "duplicate-across.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("duplicate-across.json")
                .hasMessageContaining("other.json")
                .hasMessageContaining("t-cache-01");
    }

    @Test
    void should_reject_a_question_without_key_points() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "no-key-points.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("no-key-points.json")
                .hasMessageContaining("t-empty-01")
                .hasMessageContaining("no key points");
    }

    @Test
    void should_report_a_missing_file_by_name() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "valid.json", DIR + "absent.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining(DIR + "absent.json")
                .hasMessageContaining("not on the class path");
    }

    @Test
    void should_report_malformed_json_with_the_file_name() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "malformed.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("malformed.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void should_reject_a_file_that_is_not_an_array() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "not-an-array.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("not-an-array.json")
                .hasMessageContaining("JSON array");
    }

    @Test
    void should_reject_a_misspelt_field_naming_file_question_and_field() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "unknown-field.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("unknown-field.json")
                .hasMessageContaining("t-typo-01")
                .hasMessageContaining("keypoints");
    }

    @Test
    void should_reject_an_unknown_role_naming_the_value() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "unknown-role.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("t-role-01")
                .hasMessageContaining("BACKENDS");
    }

    @Test
    void should_reject_a_question_without_a_type() {
        assertThatThrownBy(() -> QuestionBank.fromResources(List.of(DIR + "missing-type.json")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("missing-type.json")
                .hasMessageContaining("t-notype-01")
                .hasMessageContaining("type");
    }

    @Test
    void should_load_a_custom_bank_from_a_stream() {
        // given
        String json = "[{\"id\":\"acme-01\",\"text\":\"What is Acme's deploy cadence?\",\"type\":\"TECHNICAL\","
                + "\"difficulty\":\"EASY\",\"keyPoints\":[{\"point\":\"Daily deploys\",\"terms\":[\"daily\"]}]}]";
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

        // when
        QuestionBank bank = QuestionBank.fromJson("acme.json", in);

        // then
        assertThat(bank.byId("acme-01")).get().extracting(Question::text).isEqualTo("What is Acme's deploy cadence?");
    }

    @Test
    void should_name_the_source_of_a_malformed_stream() {
        InputStream in = new ByteArrayInputStream("[{".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> QuestionBank.fromJson("acme.json", in))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("acme.json");
    }

    @Test
    void should_keep_ids_unique_when_merging_banks() {
        QuestionBank valid = QuestionBank.fromResources(List.of(DIR + "valid.json"));
        QuestionBank other = QuestionBank.fromResources(List.of(DIR + "other.json"));

        assertThat(valid.merge(other).size()).isEqualTo(3);
        assertThatThrownBy(() -> valid.merge(valid))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("t-index-01");
    }

    @Test
    void should_be_immutable() {
        QuestionBank bank = QuestionBank.fromResources(List.of(DIR + "valid.json"));

        assertThatThrownBy(() -> bank.questions().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Question> source = new ArrayList<>(bank.questions());
        QuestionBank copy = QuestionBank.of(source);
        source.clear();
        assertThat(copy.size()).isEqualTo(2);
    }

    @Test
    void should_find_a_question_from_closely_matching_free_text() {
        // given
        QuestionBank bank = QuestionBank.fromResources(List.of(DIR + "valid.json", DIR + "other.json"));

        // when
        var exact = bank.find("How does a database index speed up queries, and what does it cost?");
        var reworded = bank.find("how does a DB index speed up queries and what does it cost");
        var paraphrased = bank.find("Explain how database indexes speed up a query and what they cost.");
        var unrelated = bank.find("Describe the architecture of a URL shortener");

        // then
        assertThat(exact).get().extracting(Question::id).isEqualTo("t-index-01");
        assertThat(reworded).get().extracting(Question::id).isEqualTo("t-index-01");
        assertThat(paraphrased).get().extracting(Question::id).isEqualTo("t-index-01");
        assertThat(unrelated).isEmpty();
        assertThat(bank.find("  ")).isEmpty();
    }

    @Test
    void should_not_find_a_question_sharing_only_a_few_words() {
        QuestionBank bank = QuestionBank.fromResources(List.of(DIR + "valid.json", DIR + "other.json"));

        assertThat(bank.find("What does a database cost?")).isEmpty();
    }

    @Test
    void should_load_every_file_listed_in_an_index() {
        QuestionBank bank = QuestionBank.fromIndex(DIR, "index.json");

        assertThat(bank.questions())
                .extracting(Question::id)
                .containsExactly("t-index-01", "t-conflict-01", "t-cache-01");
    }

    @Test
    void should_name_a_file_that_an_index_lists_but_that_is_missing() {
        assertThatThrownBy(() -> QuestionBank.fromIndex(DIR, "index-missing.json"))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining(DIR + "absent.json")
                .hasMessageContaining("not on the class path");
    }

    @Test
    void should_reject_an_index_entry_that_is_not_a_file_name() {
        assertThatThrownBy(() -> QuestionBank.fromIndex(DIR, "index-bad.json"))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("index-bad.json")
                .hasMessageContaining("7");
    }

    @Test
    void should_name_a_missing_index() {
        assertThatThrownBy(() -> QuestionBank.fromIndex(DIR, "no-index.json"))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("no-index.json");
    }

    @Test
    void should_list_all_eight_bank_files_in_the_default_index() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(QuestionBank.DEFAULT_INDEX)) {
            assertThat(in).isNotNull();
            List<String> files = List.of(MocksyJson.mapper().readValue(in, String[].class));
            assertThat(files)
                    .containsExactlyInAnyOrder(
                            "behavioral.json",
                            "system-design.json",
                            "frontend.json",
                            "mobile.json",
                            "backend.json",
                            "fullstack.json",
                            "data.json",
                            "devops.json");
        }
    }
}
