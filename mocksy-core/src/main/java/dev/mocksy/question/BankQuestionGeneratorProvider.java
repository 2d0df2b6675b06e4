package dev.mocksy.question;

import com.google.auto.service.AutoService;
import dev.mocksy.MocksyException;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.QuestionGeneratorProvider;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The offline default {@link QuestionGenerator}: the built-in question bank with rule-based follow-ups.
 *
 * <p>Setting {@value #SEED} (system property, environment variable {@code MOCKSY_QUESTION_SEED}, or builder value)
 * fixes the random seed, so the same plan and answers give the same interview; without it every interview differs.
 */
@AutoService(QuestionGeneratorProvider.class)
public final class BankQuestionGeneratorProvider implements QuestionGeneratorProvider {

    /** The setting holding a fixed random seed (a whole number). */
    public static final String SEED = "mocksy.question-seed";

    private final Supplier<QuestionBank> bank;

    /** The provider ServiceLoader creates: it uses {@link QuestionBank#defaultBank()}. */
    public BankQuestionGeneratorProvider() {
        this(QuestionBank::defaultBank);
    }

    BankQuestionGeneratorProvider(Supplier<QuestionBank> bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    @Override
    public String id() {
        return "bank";
    }

    @Override
    public int priority() {
        return -10;
    }

    /**
     * Creates a generator on the bank.
     *
     * @throws MocksyException when {@value #SEED} is set to something other than a whole number
     */
    @Override
    public QuestionGenerator create(ProviderContext context) {
        ProviderConfig config = context.config();
        Long seed =
                config.get(SEED).map(BankQuestionGeneratorProvider::parseSeed).orElse(null);
        SplittableRandom random = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
        return new BankQuestionGenerator(bank.get(), random);
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MocksyException("setting " + SEED + " must be a whole number such as 42, got '" + value + "'", e);
        }
    }
}
