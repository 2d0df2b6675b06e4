package dev.mocksy.question;

import static dev.mocksy.question.Fixtures.evaluation;
import static dev.mocksy.question.Fixtures.mainTurn;
import static dev.mocksy.question.Fixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.CompanyStyle;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.Skill;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankQuestionGeneratorTest {

    /** Two questions for every combination of type, role (backend, frontend, data, none), level and difficulty. */
    private static final QuestionBank GRID = grid();

    private static QuestionBank grid() {
        List<Question> questions = new ArrayList<>();
        List<Set<Role>> roleSets =
                List.of(Set.of(Role.BACKEND), Set.of(Role.FRONTEND), Set.of(Role.DATA_SCIENCE), Set.of());
        for (InterviewType type :
                List.of(InterviewType.TECHNICAL, InterviewType.BEHAVIORAL, InterviewType.SYSTEM_DESIGN)) {
            for (Set<Role> roles : roleSets) {
                for (Level level : Level.values()) {
                    for (Difficulty difficulty : Difficulty.values()) {
                        for (int n = 1; n <= 2; n++) {
                            String role = roles.isEmpty()
                                    ? "any"
                                    : roles.iterator().next().id();
                            String id = String.join("-", type.id(), role, level.id(), difficulty.id(), "" + n);
                            questions.add(question(id, type, roles, Set.of(level), difficulty));
                        }
                    }
                }
            }
        }
        return QuestionBank.of(questions);
    }

    private static InterviewPlan.Builder plan() {
        return InterviewPlan.builder().questionCount(10).maxFollowUps(0);
    }

    /** Runs a whole interview the way the session does: asks until the plan is done or nothing is left. */
    private static List<Question> interview(QuestionGenerator generator, InterviewPlan plan, CandidateProfile profile) {
        List<Turn> history = new ArrayList<>();
        List<Question> asked = new ArrayList<>();
        while (asked.size() < plan.questionCount()) {
            Optional<Question> next =
                    generator.nextQuestion(new QuestionRequest(plan, profile, history, null, Set.of(), List.of()));
            if (next.isEmpty()) {
                break;
            }
            asked.add(next.get());
            history.add(mainTurn(next.get(), "An answer.", evaluation(5, List.of(), List.of())));
        }
        return asked;
    }

    @Test
    void should_never_repeat_a_question_over_a_long_run_until_the_bank_is_exhausted() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 7L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(50)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then: backend (6), role-less (6) and full-stack-related none: 12 mid technical questions, each once
        assertThat(asked).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(asked).hasSize(12);
        assertThat(generator.nextQuestion(new QuestionRequest(plan, null, turns(asked), null, Set.of(), List.of())))
                .isEmpty();
    }

    @Test
    void should_never_repeat_a_question_over_a_long_run_on_the_shipped_files() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(BankFilesTest.ownFiles(), 11L);
        InterviewPlan plan = plan().role(Role.FULL_STACK)
                .type(InterviewType.TECHNICAL)
                .level(Level.SENIOR)
                .questionCount(50)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then
        assertThat(asked).hasSizeGreaterThan(10);
        assertThat(asked).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(asked).allSatisfy(question -> assertThat(
                        question.levels().isEmpty() || question.levels().contains(Level.SENIOR))
                .isTrue());
    }

    @Test
    void should_ask_only_questions_of_the_plans_type_role_and_level() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 1L);
        InterviewPlan plan = plan().role(Role.DATA_SCIENCE)
                .type(InterviewType.TECHNICAL)
                .level(Level.JUNIOR)
                .questionCount(6)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then: six exact-role questions exist, so all six come from the data role
        assertThat(asked).hasSize(6).allSatisfy(question -> {
            assertThat(question.type()).isEqualTo(InterviewType.TECHNICAL);
            assertThat(question.roles()).containsExactly(Role.DATA_SCIENCE);
            assertThat(question.levels()).containsExactly(Level.JUNIOR);
        });
    }

    @Test
    void should_fall_back_to_role_less_questions_then_related_roles() {
        // given: a full stack plan; the grid has no full stack questions
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 3L);
        InterviewPlan plan = plan().role(Role.FULL_STACK)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(50)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then: the six role-less ones first, then backend and frontend, never data science
        assertThat(asked.subList(0, 6))
                .allSatisfy(question -> assertThat(question.roles()).isEmpty());
        assertThat(asked.subList(6, asked.size())).hasSize(12).allSatisfy(question -> assertThat(question.roles())
                .containsAnyOf(Role.BACKEND, Role.FRONTEND));
    }

    @Test
    void should_ask_a_system_design_question_of_another_role_rather_than_none() {
        // given: the grid has system design questions for backend, frontend, data and any role, none for mobile
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 3L);
        InterviewPlan design = plan().role(Role.MOBILE)
                .type(InterviewType.SYSTEM_DESIGN)
                .level(Level.SENIOR)
                .questionCount(30)
                .build();
        InterviewPlan technical = plan().role(Role.MOBILE)
                .type(InterviewType.TECHNICAL)
                .level(Level.SENIOR)
                .questionCount(30)
                .build();

        // when
        List<Question> asked = interview(generator, design, null);

        // then: role-less first, then the related frontend role, then any other role; technical stays strict
        assertThat(asked).hasSize(24);
        assertThat(asked.subList(0, 6))
                .allSatisfy(question -> assertThat(question.roles()).isEmpty());
        assertThat(asked.subList(6, 12))
                .allSatisfy(question -> assertThat(question.roles()).containsExactly(Role.FRONTEND));
        assertThat(interview(generator, technical, null))
                .hasSize(12)
                .allSatisfy(question -> assertThat(question.roles()).isSubsetOf(Role.FRONTEND));
    }

    @Test
    void should_prefer_questions_of_the_exact_level_over_any_level_ones() {
        // given
        Question anyLevel =
                question("any-level", InterviewType.TECHNICAL, Set.of(Role.BACKEND), Set.of(), Difficulty.MEDIUM);
        Question senior = question(
                "senior", InterviewType.TECHNICAL, Set.of(Role.BACKEND), Set.of(Level.SENIOR), Difficulty.MEDIUM);
        Question junior = question(
                "junior", InterviewType.TECHNICAL, Set.of(Role.BACKEND), Set.of(Level.JUNIOR), Difficulty.MEDIUM);
        BankQuestionGenerator generator =
                new BankQuestionGenerator(QuestionBank.of(List.of(anyLevel, senior, junior)), 5L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.SENIOR)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then
        assertThat(asked).extracting(Question::id).containsExactly("senior", "any-level");
    }

    @Test
    void should_alternate_behavioral_and_technical_with_one_system_design_question_in_a_mid_mixed_interview() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 9L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.MIXED)
                .level(Level.MID)
                .questionCount(6)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then
        assertThat(asked)
                .extracting(Question::type)
                .containsExactly(
                        InterviewType.BEHAVIORAL,
                        InterviewType.TECHNICAL,
                        InterviewType.BEHAVIORAL,
                        InterviewType.SYSTEM_DESIGN,
                        InterviewType.TECHNICAL,
                        InterviewType.BEHAVIORAL);
    }

    @Test
    void should_ask_no_system_design_question_in_a_junior_or_short_mixed_interview() {
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 9L);
        InterviewPlan junior = plan().type(InterviewType.MIXED)
                .level(Level.JUNIOR)
                .role(Role.BACKEND)
                .questionCount(6)
                .build();
        InterviewPlan shortSenior = plan().type(InterviewType.MIXED)
                .level(Level.SENIOR)
                .role(Role.BACKEND)
                .questionCount(3)
                .build();

        assertThat(interview(generator, junior, null))
                .extracting(Question::type)
                .containsExactly(
                        InterviewType.BEHAVIORAL,
                        InterviewType.TECHNICAL,
                        InterviewType.BEHAVIORAL,
                        InterviewType.TECHNICAL,
                        InterviewType.BEHAVIORAL,
                        InterviewType.TECHNICAL);
        assertThat(interview(generator, shortSenior, null))
                .extracting(Question::type)
                .doesNotContain(InterviewType.SYSTEM_DESIGN);
    }

    @Test
    void should_fill_a_mixed_slot_with_the_other_type_when_one_runs_out() {
        // given: no behavioral questions at all
        Question t1 = question("t1", InterviewType.TECHNICAL, Set.of(), Set.of(), Difficulty.MEDIUM);
        Question t2 = question("t2", InterviewType.TECHNICAL, Set.of(), Set.of(), Difficulty.MEDIUM);
        BankQuestionGenerator generator = new BankQuestionGenerator(QuestionBank.of(List.of(t1, t2)), 2L);
        InterviewPlan plan = plan().type(InterviewType.MIXED).questionCount(3).build();

        // when / then
        assertThat(interview(generator, plan, null)).extracting(Question::id).containsExactlyInAnyOrder("t1", "t2");
    }

    @Test
    void should_pick_broadly_across_roles_in_a_general_technical_interview() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 4L);
        InterviewPlan plan = plan().role(Role.GENERAL)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(4)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then: the first three come from three different roles
        Set<Role> roles = EnumSet.noneOf(Role.class);
        asked.subList(0, 3).forEach(question -> roles.addAll(question.roles()));
        assertThat(roles).containsExactlyInAnyOrder(Role.BACKEND, Role.FRONTEND, Role.DATA_SCIENCE);
    }

    @Test
    void should_aim_at_the_target_difficulty_then_the_adjacent_one() {
        // given
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 6L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.SENIOR)
                .build();
        List<Turn> history = new ArrayList<>();

        // when: four questions aimed at HARD, where the exact role has two HARD and the role-less two more
        List<Difficulty> difficulties = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Question next = generator
                    .nextQuestion(new QuestionRequest(plan, null, history, Difficulty.HARD, Set.of(), List.of()))
                    .orElseThrow();
            difficulties.add(next.difficulty());
            history.add(mainTurn(next, "An answer.", evaluation(9, List.of(), List.of())));
        }
        Question easier = generator
                .nextQuestion(new QuestionRequest(plan, null, history, Difficulty.EASY, Set.of(), List.of()))
                .orElseThrow();

        // then
        assertThat(difficulties).containsExactly(Difficulty.HARD, Difficulty.HARD, Difficulty.MEDIUM);
        assertThat(easier.difficulty()).isEqualTo(Difficulty.EASY);
    }

    @Test
    void should_follow_the_difficulty_the_session_adapts_to_the_running_score() {
        // given: two strong answers make AdaptiveDifficulty step up from MEDIUM
        BankQuestionGenerator generator = new BankQuestionGenerator(GRID, 8L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .build();
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Question next = generator
                    .nextQuestion(new QuestionRequest(plan, null, history, null, Set.of(), List.of()))
                    .orElseThrow();
            assertThat(next.difficulty()).isEqualTo(Difficulty.MEDIUM);
            history.add(mainTurn(next, "A strong answer.", evaluation(9, List.of(), List.of())));
        }

        // when
        Difficulty target = AdaptiveDifficulty.next(plan.difficulty(), history);
        Question next = generator
                .nextQuestion(new QuestionRequest(plan, null, history, target, Set.of(), List.of()))
                .orElseThrow();

        // then
        assertThat(next.difficulty()).isEqualTo(Difficulty.HARD);
    }

    @Test
    void should_prefer_the_plans_technologies() {
        // given
        List<Question> questions = new ArrayList<>(GRID.questions());
        questions.add(question(
                "kafka-1",
                InterviewType.TECHNICAL,
                Set.of(Role.BACKEND),
                Set.of(Level.MID),
                Difficulty.EASY,
                List.of("Kafka"),
                List.of()));
        questions.add(question(
                "kafka-2",
                InterviewType.TECHNICAL,
                Set.of(),
                Set.of(),
                Difficulty.HARD,
                List.of("kafka", "Java"),
                List.of()));
        BankQuestionGenerator generator = new BankQuestionGenerator(QuestionBank.of(questions), 12L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .technologies("Kafka")
                .questionCount(2)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then: both Kafka questions first, even one step off the difficulty and role-less
        assertThat(asked).extracting(Question::id).containsExactlyInAnyOrder("kafka-1", "kafka-2");
    }

    @Test
    void should_prefer_technologies_from_the_candidates_profile() {
        // given
        List<Question> questions = new ArrayList<>(GRID.questions());
        questions.add(question(
                "go-1",
                InterviewType.TECHNICAL,
                Set.of(Role.BACKEND),
                Set.of(Level.MID),
                Difficulty.MEDIUM,
                List.of("Go"),
                List.of()));
        BankQuestionGenerator generator = new BankQuestionGenerator(QuestionBank.of(questions), 13L);
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(1)
                .build();
        CandidateProfile profile = CandidateProfile.builder()
                .name("Ada")
                .skills(List.of(new Skill("go", "language")))
                .yearsOfExperience(4.0)
                .seniority(Level.MID)
                .roles(List.of(Role.BACKEND))
                .build();

        // when / then
        assertThat(interview(generator, plan, profile)).extracting(Question::id).containsExactly("go-1");
    }

    @Test
    void should_prefer_behavioral_questions_tagged_with_the_company_style() {
        // given
        List<Question> questions = new ArrayList<>(GRID.questions());
        questions.add(question(
                "amazon-1",
                InterviewType.BEHAVIORAL,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of("amazon")));
        questions.add(question(
                "google-1",
                InterviewType.BEHAVIORAL,
                Set.of(),
                Set.of(),
                Difficulty.MEDIUM,
                List.of(),
                List.of("google")));
        questions.add(question("plain-1", InterviewType.BEHAVIORAL, Set.of(), Set.of(), Difficulty.MEDIUM));
        QuestionBank bank = QuestionBank.of(questions);
        InterviewPlan amazon = plan().type(InterviewType.BEHAVIORAL)
                .companyStyle(CompanyStyle.AMAZON)
                .questionCount(1)
                .build();
        InterviewPlan neutral =
                plan().type(InterviewType.BEHAVIORAL).questionCount(7).build();

        // when / then
        for (long seed = 0; seed < 5; seed++) {
            assertThat(interview(new BankQuestionGenerator(bank, seed), amazon, null))
                    .extracting(Question::id)
                    .containsExactly("amazon-1");
        }
        // a neutral interview asks untagged questions before those typical of one company
        List<Question> asked = interview(new BankQuestionGenerator(bank, 1L), neutral, null);
        assertThat(asked).extracting(Question::id).contains("plain-1").doesNotContain("amazon-1", "google-1");
    }

    @Test
    void should_ask_the_same_questions_for_the_same_seed_and_different_ones_for_another() {
        // given
        InterviewPlan plan = plan().role(Role.BACKEND)
                .type(InterviewType.MIXED)
                .level(Level.SENIOR)
                .questionCount(8)
                .build();

        // when
        List<String> first = ids(interview(new BankQuestionGenerator(GRID, 42L), plan, null));
        List<String> again = ids(interview(new BankQuestionGenerator(GRID, 42L), plan, null));
        Set<List<String>> others = new HashSet<>();
        for (long seed = 100; seed < 105; seed++) {
            others.add(ids(interview(new BankQuestionGenerator(GRID, seed), plan, null)));
        }

        // then
        assertThat(again).isEqualTo(first);
        assertThat(others).hasSizeGreaterThan(1);
    }

    @Test
    void should_return_empty_when_nothing_suitable_is_left() {
        // given
        Question only = question("only", InterviewType.TECHNICAL, Set.of(Role.DEVOPS), Set.of(), Difficulty.EASY);
        Question wrongRole =
                question("mobile", InterviewType.TECHNICAL, Set.of(Role.MOBILE), Set.of(), Difficulty.EASY);
        Question wrongLevel =
                question("junior", InterviewType.TECHNICAL, Set.of(Role.DEVOPS), Set.of(Level.JUNIOR), Difficulty.EASY);
        BankQuestionGenerator generator =
                new BankQuestionGenerator(QuestionBank.of(List.of(only, wrongRole, wrongLevel)), 1L);
        InterviewPlan plan = plan().role(Role.DEVOPS)
                .type(InterviewType.TECHNICAL)
                .level(Level.SENIOR)
                .build();

        // when
        List<Question> asked = interview(generator, plan, null);

        // then
        assertThat(asked).extracting(Question::id).containsExactly("only");
        InterviewPlan design =
                plan().role(Role.DEVOPS).type(InterviewType.SYSTEM_DESIGN).build();
        assertThat(generator.nextQuestion(new QuestionRequest(design, null, List.of(), null, Set.of(), List.of())))
                .isEmpty();
    }

    @Test
    void should_not_ask_a_main_question_again_after_follow_ups_on_it() {
        // given
        Question a = question("a", InterviewType.TECHNICAL, Set.of(), Set.of(), Difficulty.MEDIUM);
        Question b = question("b", InterviewType.TECHNICAL, Set.of(), Set.of(), Difficulty.MEDIUM);
        BankQuestionGenerator generator = new BankQuestionGenerator(QuestionBank.of(List.of(a, b)), 1L);
        InterviewPlan plan = plan().type(InterviewType.TECHNICAL).build();
        FollowUp followUp = new FollowUp(
                question("a-f1", InterviewType.TECHNICAL, Set.of(), Set.of(), Difficulty.MEDIUM), "missed: x");
        List<Turn> history = List.of(
                mainTurn(a, "An answer.", evaluation(5, List.of(), List.of())),
                Fixtures.followUpTurn(followUp, "a", "More.", evaluation(5, List.of(), List.of())));

        // when / then
        assertThat(generator.nextQuestion(new QuestionRequest(plan, null, history, null, Set.of(), List.of())))
                .get()
                .extracting(Question::id)
                .isEqualTo("b");
    }

    private static List<Turn> turns(List<Question> questions) {
        return questions.stream()
                .map(q -> mainTurn(q, "An answer.", evaluation(5, List.of(), List.of())))
                .toList();
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
