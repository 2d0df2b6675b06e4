package dev.mocksy.spring;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code mocksy.language-model} names a provider (anything but blank or {@code offline}). */
final class LanguageModelChosen extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return chosen(context)
                ? ConditionOutcome.match("mocksy.language-model names a provider")
                : ConditionOutcome.noMatch("mocksy.language-model is unset or offline");
    }

    static boolean chosen(ConditionContext context) {
        String id = context.getEnvironment().getProperty("mocksy.language-model");
        return id != null
                && !id.isBlank()
                && !id.strip().toLowerCase(Locale.ROOT).equals("offline");
    }

    /** The opposite: no provider named in the properties. */
    static final class NotChosen extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return chosen(context)
                    ? ConditionOutcome.noMatch("mocksy.language-model names a provider")
                    : ConditionOutcome.match("mocksy.language-model is unset or offline");
        }
    }
}
