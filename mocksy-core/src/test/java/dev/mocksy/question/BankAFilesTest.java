package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the behavioral, system design, frontend and mobile files of the offline question bank: every question is
 * well formed, and the files together cover the roles and levels they claim.
 */
class BankAFilesTest {

    private static final String BANK = "/dev/mocksy/question/bank/";
    private static final Set<String> COMPANY_IDS = Set.of("amazon", "google", "startup");

    /** One bank file, the id prefix its questions use, the type they all have and how many there must be. */
    record BankFile(String name, String prefix, InterviewType type, int minimumCount) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BankFile> files() {
        return Stream.of(
                new BankFile("behavioral.json", "beh-", InterviewType.BEHAVIORAL, 55),
                new BankFile("system-design.json", "sd-", InterviewType.SYSTEM_DESIGN, 28),
                new BankFile("frontend.json", "fe-", InterviewType.TECHNICAL, 32),
                new BankFile("mobile.json", "mob-", InterviewType.TECHNICAL, 32));
    }

    static Stream<Arguments> questionsOfEachFile() {
        return files().flatMap(
                        file -> load(file).stream().map(question -> Arguments.of(file, question.id(), question)));
    }

    static BankFile file(String name) {
        return files().filter(file -> file.name().equals(name)).findFirst().orElseThrow();
    }

    static List<Question> load(BankFile file) {
        try (InputStream stream = BankAFilesTest.class.getResourceAsStream(BANK + file.name())) {
            assertThat(stream).as("resource %s", file.name()).isNotNull();
            return List.of(MocksyJson.mapper().readValue(stream, Question[].class));
        } catch (IOException e) {
            throw new AssertionError("cannot parse " + file.name() + ": " + e.getMessage(), e);
        }
    }

    static List<Question> all() {
        return files().flatMap(file -> load(file).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_hold_enough_questions_of_the_file_type_with_prefixed_ids(BankFile file) {
        List<Question> questions = load(file);

        assertThat(questions).hasSizeGreaterThanOrEqualTo(file.minimumCount());
        assertThat(questions).allSatisfy(question -> {
            assertThat(question.id()).startsWith(file.prefix()).matches("[a-z0-9-]+");
            assertThat(question.type()).as(question.id()).isEqualTo(file.type());
        });
    }

    @Test
    void should_use_each_id_and_each_question_text_once_across_the_files() {
        List<Question> questions = all();

        assertThat(questions.stream().map(Question::id)).doesNotHaveDuplicates();
        assertThat(questions.stream().map(q -> q.text().toLowerCase(Locale.ROOT).strip()))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("questionsOfEachFile")
    void should_give_every_question_key_points_follow_ups_and_a_model_answer(
            BankFile file, String id, Question question) {
        assertThat(question.keyPoints()).as(question.id()).hasSizeBetween(3, 6);
        assertThat(question.keyPoints()).allSatisfy(point -> {
            assertThat(point.terms()).as("%s: %s", question.id(), point.point()).hasSizeBetween(2, 10);
            assertThat(point.terms())
                    .as("%s: terms are lower case and trimmed", question.id())
                    .allSatisfy(term -> assertThat(term)
                            .isEqualTo(term.toLowerCase(Locale.ROOT).strip())
                            .isNotBlank());
            assertThat(point.terms()).as("%s: %s", question.id(), point.point()).doesNotHaveDuplicates();
            assertThat(point.terms())
                    .as("%s: every term has a letter or digit, so it survives normalisation", question.id())
                    .allSatisfy(term -> assertThat(term).containsPattern("[a-z0-9]"));
        });
        assertThat(question.followUpTexts()).as(question.id()).hasSizeBetween(1, 3);
        assertThat(question.followUpTexts())
                .as("%s: follow-ups are questions or prompts", id)
                .allSatisfy(followUp -> assertThat(followUp).matches("[A-Z].*[?.]"));
        assertThat(question.modelAnswer()).as(question.id()).hasSizeBetween(3, 6);
        assertThat(question.companies()).as(question.id()).isSubsetOf(COMPANY_IDS);
    }

    @Test
    void should_cover_every_level_with_behavioral_questions() {
        List<Question> behavioral = load(file("behavioral.json"));

        for (Level level : Level.values()) {
            assertThat(behavioral.stream().filter(q -> suits(q, level)))
                    .as("level %s", level)
                    .isNotEmpty();
        }
    }

    @Test
    void should_tag_behavioral_questions_with_each_company_style() {
        List<Question> behavioral = load(file("behavioral.json"));

        assertThat(countCompany(behavioral, "amazon")).isGreaterThanOrEqualTo(15);
        assertThat(countCompany(behavioral, "google")).isGreaterThanOrEqualTo(6);
        assertThat(countCompany(behavioral, "startup")).isGreaterThanOrEqualTo(6);
        assertThat(behavioral.stream().filter(q -> q.roles().contains(Role.GENERAL)))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_ask_every_role_named_in_a_file_at_every_level(BankFile file) {
        List<Question> questions = load(file);
        Set<Role> roles = questions.stream()
                .flatMap(q -> q.roles().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        for (Role role : roles) {
            for (Level level : Level.values()) {
                assertThat(questions.stream().filter(q -> suits(q, role) && suits(q, level)))
                        .as("%s: role %s at level %s", file, role, level)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void should_hold_mostly_mid_and_senior_system_design_questions() {
        List<Question> design = load(file("system-design.json"));

        long midOrSenior = design.stream()
                .filter(q -> suits(q, Level.MID) || suits(q, Level.SENIOR))
                .count();
        assertThat(design.stream().filter(q -> suits(q, Level.MID))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(design.stream().filter(q -> suits(q, Level.SENIOR))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(midOrSenior).isGreaterThan(design.size() * 3L / 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_spread_questions_over_all_difficulties(BankFile file) {
        Set<Object> difficulties = new HashSet<>();
        load(file).forEach(q -> difficulties.add(q.difficulty()));

        assertThat(difficulties).hasSize(3);
    }

    @Test
    void should_name_technologies_canonically_once_per_question() {
        assertThat(all()).allSatisfy(question -> {
            assertThat(question.technologies()).as(question.id()).doesNotHaveDuplicates();
            assertThat(question.technologies())
                    .as(question.id())
                    .allSatisfy(tech -> assertThat(tech).isEqualTo(tech.strip()).isNotBlank());
        });
    }

    private static boolean suits(Question question, Level level) {
        return question.levels().isEmpty() || question.levels().contains(level);
    }

    private static boolean suits(Question question, Role role) {
        return question.roles().isEmpty() || question.roles().contains(role);
    }

    private static long countCompany(List<Question> questions, String company) {
        return questions.stream().filter(q -> q.companies().contains(company)).count();
    }
}
