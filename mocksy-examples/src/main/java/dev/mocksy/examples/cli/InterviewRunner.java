package dev.mocksy.examples.cli;

import dev.mocksy.InvalidAnswerException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.Turn;
import dev.mocksy.llm.interviewer.LlmHints;
import dev.mocksy.question.Question;
import dev.mocksy.speech.turn.HandsFreeAnswer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/** Runs a session in the terminal, one question at a time, until it completes or the candidate quits. */
final class InterviewRunner {

    static final String HELP =
            """
            Type your answer; an empty line sends it. Commands, each on a line of its own:
              /skip    skip this question (it scores zero)
              /hint    a nudge towards what a strong answer covers (practice mode)
              /pause   pause the interview; time stops
              /resume  continue after a pause
              /quit    end now; the report covers what you answered
              /help    show this help""";

    private final InterviewSession session;
    private final AnswerInput input;
    private final PrintStream out;
    private final Printer printer;
    private final VoiceInput voice;
    private final QuestionVoice questionVoice;
    private boolean droppedShown;
    private int followUps;

    /** A runner whose answers are spoken through {@code voice}, or typed when it is null. */
    InterviewRunner(InterviewSession session, AnswerInput input, PrintStream out, VoiceInput voice) {
        this(session, input, out, voice, null);
    }

    /** As above, with each question also spoken by {@code questionVoice} when it is not null. */
    InterviewRunner(
            InterviewSession session,
            AnswerInput input,
            PrintStream out,
            VoiceInput voice,
            QuestionVoice questionVoice) {
        this.session = session;
        this.input = input;
        this.out = out;
        this.printer = new Printer(out);
        this.voice = voice;
        this.questionVoice = questionVoice;
    }

    /** Drives the session to its end. */
    void run() {
        if (session.state() == InterviewState.IDLE) {
            session.start();
        }
        while (!session.state().isTerminal()) {
            noteDroppedModel();
            switch (session.state()) {
                case ASKING -> ask();
                case LISTENING -> listen();
                case PROCESSING -> feedback(session.evaluatePending());
                case FEEDBACK -> moveOn();
                case PAUSED -> waitForResume();
                default -> throw new IllegalStateException("unexpected state " + session.state());
            }
        }
    }

    /** Says once, plainly, when the language model stopped being used and why (a rejected key, repeated failures). */
    private void noteDroppedModel() {
        if (droppedShown) {
            return;
        }
        session.snapshot().languageModelDropped().ifPresent(reason -> {
            droppedShown = true;
            out.println();
            out.println("The language model is no longer used in this interview: " + reason);
            out.println("The rest of the interview runs offline, and its scores say so.");
        });
    }

    private void ask() {
        Turn turn = session.snapshot().currentTurn().orElseThrow();
        int number = session.snapshot().mainQuestionsAsked();
        String label = turn.isFollowUp()
                ? "Follow-up"
                : "Question " + number + " of " + session.plan().questionCount();
        out.println();
        out.println(label + ": " + turn.question().text());
        if (questionVoice != null) {
            questionVoice.speak(turn.question().text(), session.id(), fileName(turn, number));
        }
        session.listen();
        if (voice == null) {
            out.println(timeLeft() + "Your answer (an empty line sends it; /help for commands):");
        }
    }

    /** {@code question-2}, and {@code question-2a}, {@code question-2b} for its follow-ups. */
    private String fileName(Turn turn, int number) {
        if (!turn.isFollowUp()) {
            followUps = 0;
            return "question-" + number;
        }
        return "question-" + number + (char) ('a' + followUps++);
    }

    private String timeLeft() {
        StringBuilder text = new StringBuilder();
        session.answerTimeLeft().ifPresent(left -> text.append(clock(left)).append(" for this answer"));
        session.timeLeft().ifPresent(left -> {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(clock(left)).append(" left in the interview");
        });
        return text.isEmpty() ? "" : "[" + text + "] ";
    }

    private void listen() {
        if (voice != null) {
            listenToVoice();
            return;
        }
        StringBuilder answer = new StringBuilder();
        while (session.state() == InterviewState.LISTENING) {
            Optional<AnswerInput.Line> next = input.next(Duration.ofMillis(500));
            if (next.isEmpty()) {
                session.tick().ifPresent(evaluation -> {
                    out.println();
                    out.println("Time is up for this question; your answer was closed with what you had typed.");
                    feedback(evaluation);
                });
                continue;
            }
            AnswerInput.Line line = next.get();
            if (line.isEnd()) {
                if (!answer.toString().isBlank()) {
                    submit(answer.toString());
                }
                if (!session.state().isTerminal()) {
                    session.end("input ended");
                }
                return;
            }
            String text = line.text();
            if (text.strip().startsWith("/") && text.strip().indexOf(' ') < 0) {
                command(text.strip(), answer.toString());
            } else if (text.isBlank()) {
                if (!answer.toString().isBlank()) {
                    submit(answer.toString());
                    answer.setLength(0);
                }
            } else {
                answer.append(text).append('\n');
                session.draft(answer.toString());
            }
        }
    }

    /**
     * One spoken answer: heard and stored by the session with its delivery, shown, then evaluated. Nothing recognised
     * is recorded as a skip, saying so; no more recordings ends the interview with a report of what was answered.
     */
    private void listenToVoice() {
        VoiceInput.Heard heard = voice.capture(session);
        if (heard instanceof VoiceInput.NoMoreInput) {
            out.println("No more recorded answers: the interview ends here and the report covers what you answered.");
            session.end("the recorded answers ran out");
            return;
        }
        if (heard instanceof VoiceInput.Stored stored) {
            Answer answer = stored.answer();
            out.println("Transcript: " + answer.text());
            Evaluation evaluation = session.evaluatePending();
            feedback(evaluation);
            if (session.plan().mode() == InterviewMode.PRACTICE
                    && answer.delivery() != null
                    && !evaluation.clarificationRequest()) {
                printer.delivery(answer.delivery());
            }
            return;
        }
        out.println("Transcript: (nothing recognised) " + HandsFreeAnswer.CLARIFICATION);
        out.println("With nothing heard, this question is recorded as skipped.");
        feedback(session.skip());
    }

    private void command(String command, String typedSoFar) {
        switch (command.toLowerCase()) {
            case "/skip" -> feedback(session.skip());
            case "/hint" -> hint(typedSoFar);
            case "/pause" -> {
                session.pause();
                out.println("Paused; time has stopped. Type /resume to continue or /quit to end.");
            }
            case "/resume" -> out.println("The interview is not paused.");
            case "/quit" -> quit();
            case "/help" -> out.println(HELP);
            default -> out.println("Unknown command " + command + ".\n" + HELP);
        }
    }

    /** Practice mode only: a realistic interview gives no help, as a real one would not. */
    private void hint(String typedSoFar) {
        if (session.plan().mode() != InterviewMode.PRACTICE) {
            out.println("Hints are off in realistic mode.");
            return;
        }
        LlmHints.Hint hint = session.hint(typedSoFar);
        out.println("Hint: " + hint.hint());
        if (!hint.outline().isEmpty()) {
            out.println("A strong answer could go: " + String.join(" -> ", hint.outline()));
        }
    }

    private void waitForResume() {
        AnswerInput.Line line = input.next();
        if (line.isEnd()) {
            session.end("input ended while paused");
            return;
        }
        switch (line.text().strip().toLowerCase()) {
            case "/resume" -> {
                session.resume();
                out.println("Resumed. " + timeLeft());
                if (session.state() == InterviewState.LISTENING) {
                    out.println("Question: "
                            + session.currentQuestion().map(Question::text).orElse(""));
                }
            }
            case "/quit" -> quit();
            case "/help" -> out.println(HELP);
            default -> out.println("Paused. Type /resume to continue or /quit to end.");
        }
    }

    private void quit() {
        session.end("ended by the candidate");
        out.println("Interview ended early; the report covers what you answered.");
    }

    private void submit(String text) {
        try {
            feedback(session.submitAnswer(text));
        } catch (InvalidAnswerException e) {
            out.println(e.getMessage());
        }
    }

    private void feedback(Evaluation evaluation) {
        if (evaluation.clarificationRequest()) {
            out.println("Of course. Here it is again, in other words.");
            return;
        }
        if (session.plan().mode() == InterviewMode.PRACTICE) {
            printer.evaluation(evaluation);
        } else {
            out.println("Answer recorded; feedback comes at the end.");
        }
    }

    private void moveOn() {
        if (session.next().isEmpty()) {
            out.println();
            out.println("That's the end of the interview"
                    + session.snapshot()
                            .endReason()
                            .map(reason -> ": " + reason)
                            .orElse("") + ".");
        }
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
