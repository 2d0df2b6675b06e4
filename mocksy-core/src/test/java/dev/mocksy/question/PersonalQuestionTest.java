package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.Skill;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalQuestionTest {

    private final BankQuestionGenerator generator = new BankQuestionGenerator(QuestionBank.defaultBank(), 7L);
    private final InterviewPlan plan = InterviewPlan.builder()
            .role("backend")
            .type("technical")
            .technologies("Kafka")
            .build();

    @Test
    void should_say_when_a_question_comes_from_the_resume() {
        CandidateProfile profile = CandidateProfile.builder()
                .name("Ada")
                .skills(List.of(new Skill("Kafka", "messaging")))
                .yearsOfExperience(6.0)
                .build();

        Question first = generator
                .firstQuestion(new QuestionRequest(plan, profile, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(first.technologies()).contains("Kafka");
        assertThat(first.text()).startsWith("Your resume lists Kafka. ");
        assertThat(QuestionBank.defaultBank().byId(first.id()))
                .get()
                .extracting(Question::keyPoints)
                .isEqualTo(first.keyPoints());
    }

    @Test
    void should_ask_the_bank_question_as_written_without_a_resume() {
        Question first = generator
                .firstQuestion(new QuestionRequest(plan, null, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(first).isEqualTo(QuestionBank.defaultBank().byId(first.id()).orElseThrow());
    }
}
