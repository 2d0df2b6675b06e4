package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bank that ships: every file listed in the index, loaded once. */
class DefaultBankTest {

    @Test
    void should_load_at_least_300_questions_once() {
        QuestionBank bank = QuestionBank.defaultBank();

        assertThat(bank.size()).isGreaterThanOrEqualTo(300);
        assertThat(QuestionBank.defaultBank()).isSameAs(bank);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void should_have_technical_or_behavioral_questions_for_every_role_at_every_level(Role role) {
        QuestionBank bank = QuestionBank.defaultBank();
        for (Level level : Level.values()) {
            long fitting = bank.questions().stream()
                    .filter(q -> q.roles().isEmpty() || q.roles().contains(role))
                    .filter(q -> q.levels().isEmpty() || q.levels().contains(level))
                    .count();
            assertThat(fitting).as(role + " at " + level).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void should_cover_every_question_type() {
        assertThat(QuestionBank.defaultBank().questions())
                .extracting(Question::type)
                .contains(InterviewType.BEHAVIORAL, InterviewType.TECHNICAL, InterviewType.SYSTEM_DESIGN);
    }
}
