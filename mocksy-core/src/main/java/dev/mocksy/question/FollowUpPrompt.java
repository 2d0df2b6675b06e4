package dev.mocksy.question;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Objects;

/**
 * A follow-up an author wrote for a question, with what a strong answer to it covers.
 *
 * <p>In bank and question-set files a follow-up is either an object ({@code {"text": ..., "keyPoints": [...]}}) or
 * just its text; a follow-up without key points is graded on its own text (relevance, depth, specificity), never
 * against the main question's key points.
 *
 * @param text the follow-up as asked; it must not state the answer
 * @param keyPoints what a strong answer to this follow-up covers, possibly empty
 */
public record FollowUpPrompt(String text, List<KeyPoint> keyPoints) {

    @JsonCreator
    public FollowUpPrompt {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("follow-up text must not be blank");
        }
        text = text.strip();
        keyPoints = List.copyOf(Objects.requireNonNullElse(keyPoints, List.of()));
    }

    /** A follow-up written as its text alone. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FollowUpPrompt of(String text) {
        return new FollowUpPrompt(text, List.of());
    }

    /** Follow-ups from their texts alone. */
    public static List<FollowUpPrompt> ofTexts(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream()
                        .filter(Objects::nonNull)
                        .map(FollowUpPrompt::of)
                        .toList();
    }
}
