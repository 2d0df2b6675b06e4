package dev.mocksy.examples.cli;

import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of a session as the user names it: its number as the report shows it ({@code 2}, or {@code 2a} for the
 * first follow-up on question 2) or its id.
 */
final class QuestionRef {

    private QuestionRef() {}

    /**
     * The id of the question {@code ref} names.
     *
     * @throws IllegalArgumentException listing the session's questions when nothing matches
     */
    static String resolve(InterviewSnapshot session, String ref) {
        List<String> labels = labels(session);
        List<Turn> turns = session.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(ref.strip())
                    || turns.get(i).question().id().equals(ref.strip())) {
                return turns.get(i).question().id();
            }
        }
        throw new IllegalArgumentException("session " + session.sessionId() + " has no question '" + ref
                + "'; give its number (" + String.join(", ", labels) + ") or its id");
    }

    /** Main questions 1, 2, 3...; follow-ups the main number and a letter, as in the report. */
    static List<String> labels(InterviewSnapshot session) {
        List<String> labels = new ArrayList<>();
        int main = 0;
        int followUp = 0;
        for (Turn turn : session.turns()) {
            if (turn.isFollowUp() && main > 0) {
                labels.add(main + String.valueOf((char) ('a' + Math.min(followUp++, 25))));
            } else {
                main++;
                followUp = 0;
                labels.add(Integer.toString(main));
            }
        }
        return labels;
    }
}
