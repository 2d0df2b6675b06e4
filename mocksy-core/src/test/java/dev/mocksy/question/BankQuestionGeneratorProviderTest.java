package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.MocksyException;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.QuestionGeneratorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankQuestionGeneratorProviderTest {

    private final BankQuestionGeneratorProvider provider = new BankQuestionGeneratorProvider(BankFilesTest::ownFiles);

    private static final InterviewPlan PLAN = InterviewPlan.builder()
            .role(Role.DEVOPS)
            .type(InterviewType.TECHNICAL)
            .level(Level.MID)
            .questionCount(6)
            .build();

    @Test
    void should_be_discovered_as_the_offline_default_named_bank() {
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(QuestionGeneratorProvider.class).forEach(found -> ids.add(found.id()));

        assertThat(ids).contains("bank");
        assertThat(provider.id()).isEqualTo("bank");
        assertThat(provider.priority()).isNegative().isEqualTo(-10);
    }

    @Test
    void should_ask_the_same_questions_when_the_seed_setting_is_given() {
        ProviderConfig config = ProviderConfig.isolated(Map.of(BankQuestionGeneratorProvider.SEED, "42"));

        List<String> first = questions(provider.create(ProviderContext.of(config)));
        List<String> second = questions(provider.create(ProviderContext.of(config)));

        assertThat(first).hasSize(6).isEqualTo(second);
    }

    @Test
    void should_vary_the_questions_without_a_seed() {
        ProviderConfig config = ProviderConfig.isolated(Map.of());
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(questions(provider.create(ProviderContext.of(config))));
        }

        assertThat(runs).doesNotHaveDuplicates();
    }

    @Test
    void should_reject_a_seed_that_is_not_a_whole_number() {
        ProviderConfig config = ProviderConfig.isolated(Map.of(BankQuestionGeneratorProvider.SEED, "forty-two"));

        assertThatThrownBy(() -> provider.create(ProviderContext.of(config)))
                .isInstanceOf(MocksyException.class)
                .hasMessageContaining(BankQuestionGeneratorProvider.SEED)
                .hasMessageContaining("forty-two");
    }

    private static List<String> questions(QuestionGenerator generator) {
        List<dev.mocksy.interview.Turn> history = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLAN.questionCount(); i++) {
            Question next = generator
                    .nextQuestion(new QuestionRequest(PLAN, null, history, null, Set.of(), List.of()))
                    .orElseThrow();
            ids.add(next.id());
            history.add(Fixtures.mainTurn(next, "An answer.", Fixtures.evaluation(5, List.of(), List.of())));
        }
        return ids;
    }
}
