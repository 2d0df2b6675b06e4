package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.InterviewFocus;
import dev.mocksy.resume.JobDescription;
import dev.mocksy.resume.Skill;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mocksy interview}: set up, run and report a mock interview in the terminal. */
@Command(
        name = "interview",
        mixinStandardHelpOptions = true,
        description = "Run a mock interview: a short set-up, one question at a time, feedback and a saved report.")
final class InterviewCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Mixin
    InterviewOptions options;

    @Option(
            names = "--resume",
            paramLabel = "FILE",
            description = "A resume (PDF, DOCX, DOC, text...): questions aim at its skills and level.")
    Path resume;

    @Option(
            names = "--job",
            paramLabel = "FILE",
            description = "A job description, with --resume: questions aim at the overlap and the gaps.")
    Path job;

    @Option(
            names = "--voice",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Answer with recorded WAV files, one per question asked (follow-ups included), in order; "
                    + "transcribed offline with Vosk. When they run out the interview ends with a report.")
    List<Path> voice;

    @Option(
            names = "--mic",
            description =
                    "Answer out loud through the microphone, hands-free: a pause ends the answer. Offline (Vosk).")
    boolean mic;

    @Mixin
    SpeechOptions speech;

    @Option(
            names = "--record",
            description = "With --voice or --mic: keep the audio of each spoken answer with the session "
                    + "(list and save it with ./mocksy recordings ID; deleted with the session).")
    boolean record;

    @Option(
            names = "--speak",
            description = "The interviewer speaks each question in its offline voice: to the speakers, or into WAV"
                    + " files next to the session where there is no audio output.")
    boolean speak;

    InterviewCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        if (voice != null && mic) {
            throw new IllegalArgumentException("use --voice FILE... or --mic, not both");
        }
        if (voice == null && !mic && speech.given()) {
            throw new IllegalArgumentException("--stt, --whisper-model, --whisper-url and --vosk-model need --voice"
                    + " or --mic: they choose who transcribes spoken answers");
        }
        if (voice == null && !mic && record) {
            throw new IllegalArgumentException("--record needs --voice or --mic: a typed answer has no audio");
        }
        speech.validate();
        if (job != null && resume == null) {
            throw new IllegalArgumentException("--job needs --resume: the job is compared with the resume");
        }
        try (VoiceInput voiceInput = openVoice(out)) {
            Mocksy mocksy = home.mocksy(builder -> {
                speech.apply(builder);
                if (record) {
                    builder.setting(Mocksy.RECORDINGS, "keep");
                }
                if (options.questionSet != null) {
                    builder.questionSet(options.questionSet);
                }
            });
            if (voiceInput != null) {
                mocksy.speechToText(); // fails now, naming the module to add, rather than at the first answer
            }
            try (QuestionVoice questionVoice = speak ? openQuestionVoice(mocksy) : null) {
                return run(mocksy, out, voiceInput, questionVoice);
            }
        }
    }

    /** Checks the recordings or opens the microphone before anything starts; null for a typed interview. */
    private VoiceInput openVoice(PrintStream out) {
        if (voice == null && !mic) {
            return null;
        }
        return mic ? MicrophoneAnswers.open(out) : WavFileAnswers.open(voice, out);
    }

    /** The voice, found now so that a missing one fails before the interview starts; files go in the sessions folder. */
    private QuestionVoice openQuestionVoice(Mocksy mocksy) {
        return new QuestionVoice(mocksy.textToSpeech(), home.path().resolve("sessions"), terminal.out());
    }

    private Integer run(Mocksy mocksy, PrintStream out, VoiceInput voiceInput, QuestionVoice questionVoice) {
        AnswerInput input = new AnswerInput(terminal.in(), terminal.interactive());
        out.println("Mocksy mock interview");
        if (mocksy.languageModel().isEmpty()) {
            out.println("Running offline: questions come from Mocksy's built-in bank and answers are scored by its "
                    + "transparent heuristic evaluator (no language model chosen).");
            home.noteUnusedKey(mocksy, out);
        }
        out.println();
        InterviewSetup setup = new InterviewSetup(input, out);
        InterviewPlan plan;
        CandidateProfile profile = null;
        if (resume != null) {
            profile = mocksy.profile(resume, job);
            JobDescription jobDescription = job == null ? null : mocksy.jobDescription(job);
            InterviewFocus focus = InterviewFocus.of(profile, jobDescription);
            out.println("From your resume: " + describe(profile, focus));
            plan = setup.plan(options, focus.applyTo(InterviewPlan.builder(), profile, jobDescription));
        } else {
            plan = setup.plan(options);
        }
        out.println();
        out.println(describe(plan));
        InterviewSession session = mocksy.startInterview(plan, profile);
        out.println("Session " + session.id() + " is saved as you go; `./mocksy continue` picks it up if "
                + "anything interrupts it.");
        if (voice != null) {
            out.println("Answering with " + voice.size() + (voice.size() == 1 ? " recording" : " recordings")
                    + ", transcribed offline.");
        }
        return Sessions.finish(session, input, out, home, voiceInput, questionVoice);
    }

    private static String describe(CandidateProfile profile, InterviewFocus focus) {
        StringBuilder text = new StringBuilder();
        if (profile.yearsOfExperience() != null) {
            text.append(String.format(java.util.Locale.ROOT, "%.1f years", profile.yearsOfExperience()));
        }
        if (profile.seniority() != null) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(profile.seniority().displayName().toLowerCase());
        }
        if (!focus.technologies().isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("focus on ").append(String.join(", ", focus.technologies()));
        }
        if (!focus.gaps().isEmpty()) {
            text.append("; gaps to probe: ")
                    .append(String.join(
                            ", ", focus.gaps().stream().map(Skill::name).toList()));
        }
        return text.isEmpty() ? "no skills or experience found" : text + ".";
    }

    static String describe(InterviewPlan plan) {
        StringBuilder text = new StringBuilder("Plan: ")
                .append(plan.questionCount())
                .append(' ')
                .append(plan.type().displayName().toLowerCase())
                .append(plan.questionCount() == 1 ? " question" : " questions")
                .append(" for a ")
                .append(plan.level().displayName().toLowerCase())
                .append(' ')
                .append(plan.role().displayName())
                .append(" role, ")
                .append(plan.difficulty().id())
                .append(" difficulty");
        if (!plan.technologies().isEmpty()) {
            text.append(", focused on ").append(String.join(", ", plan.technologies()));
        }
        text.append("; ").append(plan.mode().displayName().toLowerCase()).append(" mode (");
        text.append(
                plan.mode() == dev.mocksy.interview.InterviewMode.PRACTICE
                        ? "feedback after each answer"
                        : "feedback at the end");
        text.append("), ").append(plan.companyStyle().name()).append(" style.");
        if (plan.questionTimeLimit() != null) {
            text.append(" Up to ")
                    .append(InterviewRunner.clock(plan.questionTimeLimit()))
                    .append(" per answer");
            if (plan.totalTimeLimit() != null) {
                text.append(", ").append(plan.totalTimeLimit().toMinutes()).append(" minutes in all");
            }
            text.append('.');
        }
        return text.toString();
    }
}
