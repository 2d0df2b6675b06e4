package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bank files this part of the project ships: backend, full stack, data science and DevOps questions. */
class BankFilesTest {

    private static final Map<String, String> PREFIX_BY_FILE = Map.of(
            "backend.json", "be-",
            "fullstack.json", "fs-",
            "data.json", "ds-",
            "devops.json", "ops-");

    private static final List<Role> ROLES = List.of(Role.BACKEND, Role.FULL_STACK, Role.DATA_SCIENCE, Role.DEVOPS);

    static QuestionBank ownFiles() {
        return QuestionBank.fromResources(PREFIX_BY_FILE.keySet().stream()
                .sorted()
                .map(file -> QuestionBank.DEFAULT_FOLDER + file)
                .toList());
    }

    @Test
    void should_load_every_file_without_errors_with_ids_carrying_the_files_prefix() {
        PREFIX_BY_FILE.forEach((file, prefix) -> {
            QuestionBank bank = QuestionBank.fromResources(List.of(QuestionBank.DEFAULT_FOLDER + file));
            assertThat(bank.questions()).as(file).isNotEmpty().allSatisfy(question -> assertThat(question.id())
                    .startsWith(prefix));
        });
        assertThat(ownFiles().size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void should_give_every_role_at_every_level_at_least_five_technical_questions() {
        QuestionBank bank = ownFiles();
        for (Role role : ROLES) {
            for (Level level : Level.values()) {
                long count = bank.questions().stream()
                        .filter(question -> question.type() == InterviewType.TECHNICAL)
                        .filter(question ->
                                question.roles().isEmpty() || question.roles().contains(role))
                        .filter(question ->
                                question.levels().isEmpty() || question.levels().contains(level))
                        .count();
                assertThat(count).as(role + " " + level).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void should_give_every_role_questions_of_every_difficulty() {
        QuestionBank bank = ownFiles();
        for (Role role : ROLES) {
            for (Difficulty difficulty : Difficulty.values()) {
                assertThat(bank.questions())
                        .as(role + " " + difficulty)
                        .anyMatch(question -> question.roles().contains(role) && question.difficulty() == difficulty);
            }
        }
    }

    @Test
    void should_shape_every_question_as_the_evaluator_and_report_expect() {
        assertThat(ownFiles().questions()).allSatisfy(question -> {
            assertThat(question.type()).as(question.id()).isIn(InterviewType.TECHNICAL, InterviewType.SYSTEM_DESIGN);
            assertThat(question.roles()).as(question.id()).isNotEmpty();
            assertThat(question.text()).as(question.id()).matches("(?s).*[?.]");
            assertThat(question.keyPoints()).as(question.id()).hasSizeBetween(3, 6);
            assertThat(question.followUpTexts()).as(question.id()).hasSizeBetween(1, 3);
            assertThat(question.modelAnswer()).as(question.id()).hasSizeBetween(3, 6);
            assertThat(question.keyPoints()).allSatisfy(keyPoint -> assertThat(keyPoint.terms())
                    .as(question.id() + ": " + keyPoint.point())
                    .hasSizeBetween(3, 8)
                    .allSatisfy(term -> assertThat(term).isLowerCase().isEqualTo(term.strip())));
        });
    }

    /** Words so common in any answer that, as a term on their own, they would mark a key point covered by chance. */
    static final Set<String> GENERIC_WORDS = Set.of(
            "acme",
            "any",
            "api",
            "apply",
            "as",
            "avoid",
            "behind",
            "both",
            "build",
            "business",
            "button",
            "changes",
            "cheap",
            "collection",
            "compare",
            "component",
            "consistent",
            "context",
            "continue",
            "cost",
            "costly",
            "data",
            "database",
            "decide",
            "decisions",
            "default",
            "definition",
            "delay",
            "delete",
            "detail",
            "difference",
            "divide",
            "environment",
            "error",
            "estimate",
            "event",
            "events",
            "execute",
            "expensive",
            "explicit",
            "export",
            "external",
            "fast",
            "faster",
            "fields",
            "found",
            "free",
            "frequency",
            "fresh",
            "gaming",
            "gap",
            "get",
            "group",
            "groups",
            "head",
            "history",
            "id",
            "impact",
            "import",
            "independent",
            "info",
            "key",
            "label",
            "latest",
            "learned",
            "library",
            "limit",
            "link",
            "list",
            "logic",
            "logs",
            "lose",
            "magnitude",
            "measure",
            "memory",
            "message",
            "metric",
            "metrics",
            "minimal",
            "mix",
            "multiply",
            "network",
            "noise",
            "notice",
            "noun",
            "objective",
            "once",
            "operations",
            "order",
            "others",
            "outcome",
            "over",
            "overlap",
            "owner",
            "page",
            "parts",
            "percentage",
            "performance",
            "plan",
            "position",
            "post",
            "power",
            "preference",
            "private",
            "process",
            "put",
            "query",
            "range",
            "read",
            "realistic",
            "receive",
            "regardless",
            "relative",
            "remove",
            "required",
            "response",
            "review",
            "risk",
            "role",
            "safe",
            "screen",
            "seconds",
            "security",
            "select",
            "send",
            "server",
            "service",
            "services",
            "set",
            "shape",
            "similar",
            "slow",
            "small",
            "sort",
            "sorted",
            "speed",
            "stage",
            "state",
            "status",
            "storage",
            "store",
            "string",
            "summary",
            "target",
            "task",
            "test",
            "testing",
            "tests",
            "this",
            "timing",
            "try",
            "types",
            "uncertainty",
            "unit",
            "units",
            "updates",
            "usage",
            "user",
            "validate",
            "validation",
            "verify",
            "version",
            "video",
            "voice",
            "wait",
            "width",
            "window",
            "write");

    @Test
    void should_not_use_terms_that_match_almost_any_answer() {
        assertThat(ownFiles().questions()).allSatisfy(question -> {
            Set<String> questionWords =
                    Tokens.words(question.text()).stream().map(Tokens::stem).collect(Collectors.toSet());
            assertThat(question.keyPoints()).allSatisfy(keyPoint -> assertThat(keyPoint.terms())
                    .as(question.id() + ": " + keyPoint.point())
                    .allSatisfy(term -> {
                        List<String> words = Tokens.words(term);
                        assertThat(words).isNotEmpty();
                        if (words.size() == 1) {
                            assertThat(words.get(0)).isNotIn(GENERIC_WORDS);
                            // a one-word term the question itself uses would be covered by echoing the question
                            assertThat(Tokens.stem(words.get(0))).isNotIn(questionWords);
                        }
                    }));
        });
    }

    @Test
    void should_not_ask_the_same_question_text_twice() {
        assertThat(ownFiles().questions())
                .extracting(question -> String.join(" ", Tokens.words(question.text())))
                .doesNotHaveDuplicates();
    }

    @Test
    void should_find_its_own_questions_from_their_text() {
        QuestionBank bank = ownFiles();
        assertThat(bank.questions()).allSatisfy(question -> assertThat(bank.find(question.text()))
                .as(question.id())
                .get()
                .isEqualTo(question));
    }
}
