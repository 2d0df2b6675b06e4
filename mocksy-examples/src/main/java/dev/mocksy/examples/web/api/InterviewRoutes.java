package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.examples.web.sets.QuestionSets;
import dev.mocksy.interview.Consent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.SetupConversation;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavWriter;
import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameImage;
import dev.mocksy.vision.FrameObservation;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Set-up, the interview itself and its controls: every route works on the caller's own sessions only, and each request
 * attaches to the session as the journal has it, so any node can serve it.
 */
public final class InterviewRoutes {

    /** The largest webcam frame accepted. */
    static final int MAX_FRAME_BYTES = 2 * 1024 * 1024;

    private final Facades facades;
    private final ProfileRoutes profiles;
    private final QuestionSets questionSets;

    public InterviewRoutes(Facades facades, ProfileRoutes profiles, QuestionSets questionSets) {
        this.facades = Objects.requireNonNull(facades, "facades");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.questionSets = Objects.requireNonNull(questionSets, "questionSets");
    }

    /**
     * The set-up conversation's request: the replies so far, whether to aim at the uploaded resume, and which of the
     * account's question sets to ask (its id; none for the built-in bank).
     */
    record SetupRequest(List<String> replies, Boolean useResume, String questionSet) {}

    /** One of the account's question sets, as the set-up offers it. */
    record SetChoice(String id, String name, int questions) {}

    /** The conversation as it stands. */
    record SetupView(
            List<Map<String, String>> messages,
            int accepted,
            SetupConversation.Prompt prompt,
            String problem,
            Views.PlanView plan,
            String resumeSummary,
            List<SetChoice> questionSets,
            SetChoice questionSet) {}

    record AnswerRequest(String text) {}

    record HintRequest(String typedSoFar) {}

    record ConsentRequest(String capability, Boolean granted) {}

    record EndRequest(String reason) {}

    public void register(Api api) {
        api.account(
                        "POST",
                        "/api/setup",
                        "The set-up conversation: replay the replies so far, get the next prompt or"
                                + " the finished plan",
                        "{replies: [string], useResume: boolean, questionSet: id of one of your question sets}",
                        "the messages, the next prompt or a problem with the last reply, the plan when done, your"
                                + " question sets and the one chosen",
                        this::setup)
                .account(
                        "POST",
                        "/api/interviews",
                        "Start an interview from the set-up replies (and the uploaded resume); with questionSet,"
                                + " the interview asks that set's questions",
                        "{replies: [string], useResume: boolean, questionSet: id of one of your question sets}",
                        "the session with its first question",
                        this::start)
                .account(
                        "GET",
                        "/api/interviews/{id}",
                        "The interview as it stands: state, question, timers," + " feedback",
                        null,
                        "the session",
                        this::show)
                .account(
                        "POST",
                        "/api/interviews/{id}/answers",
                        "Answer the current question by text: stored, then" + " evaluated, then the next question",
                        "{text: string}",
                        "the evaluation (practice mode) and" + " the session",
                        this::answer)
                .account(
                        "POST",
                        "/api/interviews/{id}/next",
                        "Move on after feedback left pending (e.g. after a" + " restart)",
                        null,
                        "the session",
                        this::next)
                .account(
                        "POST",
                        "/api/interviews/{id}/skip",
                        "Skip the current question (it scores zero)",
                        null,
                        "the session",
                        this::skip)
                .account(
                        "POST",
                        "/api/interviews/{id}/hint",
                        "A hint towards a strong answer to the current" + " question",
                        "{typedSoFar: string}",
                        "{hint, outline}",
                        this::hint)
                .account(
                        "POST",
                        "/api/interviews/{id}/repeat",
                        "Ask the current question again, with a fresh answer" + " timer",
                        null,
                        "the session",
                        this::repeat)
                .account(
                        "GET",
                        "/api/interviews/{id}/speech",
                        "The current question in the server's interviewer voice, as a WAV file (16-bit PCM)",
                        null,
                        "audio/wav",
                        this::speech)
                .error("409", "no question is being asked: the interview is over or has not started")
                .error("503", "the server has no interviewer voice; the message says what to add")
                .account(
                        "POST",
                        "/api/interviews/{id}/pause",
                        "Pause: the clocks stop",
                        null,
                        "the session",
                        this::pause)
                .account(
                        "POST",
                        "/api/interviews/{id}/resume",
                        "Resume a paused interview",
                        null,
                        "the session",
                        this::resume)
                .account(
                        "POST",
                        "/api/interviews/{id}/end",
                        "End the interview now; the report covers what was" + " answered",
                        "{reason: string}",
                        "the session",
                        this::end)
                .account(
                        "POST",
                        "/api/interviews/{id}/consent",
                        "Record the candidate's consent to webcam (video) or" + " voice analysis, or its withdrawal",
                        "{capability: video|voice, granted: boolean}",
                        "the session",
                        this::consent)
                .account(
                        "POST",
                        "/api/interviews/{id}/frames",
                        "Analyse one webcam frame (JPEG or PNG), only after"
                                + " video consent: observed facts, never emotions",
                        "image/jpeg or image/png bytes",
                        "what was observed",
                        this::frame)
                .account(
                        "DELETE",
                        "/api/interviews/{id}",
                        "Delete the interview: journal, answers, reports," + " recordings",
                        null,
                        "what was deleted",
                        this::delete);
    }

    private void setup(Context ctx, Account account) {
        SetupRequest request = body(ctx, SetupRequest.class);
        ctx.json(conversation(account, request));
    }

    private SetupView conversation(Account account, SetupRequest request) {
        boolean useResume = Boolean.TRUE.equals(request.useResume());
        List<String> replies = request.replies() == null ? List.of() : request.replies();
        if (replies.size() > 20) {
            throw PlatformException.badRequest("the set-up has at most " + SetupConversation.Topic.values().length
                    + " questions; send only the replies to them");
        }
        InterviewPlan.Builder plan = InterviewPlan.builder();
        String summary = null;
        if (useResume) {
            ProfileRoutes.Aimed aimed = profiles.aimed(facades.forAccount(account.id()), account);
            plan = aimed.plan();
            summary = aimed.summary();
        }
        List<SetupConversation.Topic> topics = useResume
                ? List.of(
                        SetupConversation.Topic.TYPE,
                        SetupConversation.Topic.DIFFICULTY,
                        SetupConversation.Topic.QUESTIONS,
                        SetupConversation.Topic.COMPANY,
                        SetupConversation.Topic.MODE)
                : List.of(SetupConversation.Topic.values());
        SetupConversation setup = SetupConversation.of(plan, topics);
        List<Map<String, String>> messages = new ArrayList<>();
        if (summary != null) {
            messages.add(message("interviewer", summary));
        }
        List<SetChoice> offered = questionSets.list(account.id()).stream()
                .map(set -> new SetChoice(set.id(), set.name(), set.questions()))
                .toList();
        SetChoice chosen = chosenSet(account, request)
                .map(set -> new SetChoice(set.id(), set.name(), set.questions()))
                .orElse(null);
        if (!offered.isEmpty()) {
            messages.add(message("interviewer", offer(offered)));
            messages.add(message(
                    "candidate", chosen == null ? "none" : chosen.name() + " (" + chosen.questions() + " questions)"));
        }
        String problem = null;
        int accepted = 0;
        for (String reply : replies) {
            Optional<SetupConversation.Prompt> prompt = setup.next();
            if (prompt.isEmpty()) {
                break;
            }
            messages.add(message("interviewer", prompt.get().text()));
            String text = reply == null ? "" : reply;
            if (text.length() > 500) {
                throw PlatformException.badRequest("a set-up reply is at most 500 characters");
            }
            messages.add(message(
                    "candidate", text.isBlank() ? "(default: " + prompt.get().defaultReply() + ")" : text));
            Optional<String> wrong = setup.reply(text);
            if (wrong.isPresent()) {
                problem = wrong.get();
                messages.add(message("interviewer", problem));
                break;
            }
            accepted++;
        }
        Optional<SetupConversation.Prompt> next = setup.next();
        next.ifPresent(prompt -> messages.add(message("interviewer", prompt.text())));
        Views.PlanView planView =
                setup.done() ? Views.PlanView.of(forSet(setup.plan(), chosen == null ? 0 : chosen.questions())) : null;
        return new SetupView(messages, accepted, next.orElse(null), problem, planView, summary, offered, chosen);
    }

    /** A set asks each of its questions once: an interview from one has at most as many main questions. */
    private static InterviewPlan forSet(InterviewPlan plan, int setQuestions) {
        return setQuestions > 0 && plan.questionCount() > setQuestions
                ? plan.toBuilder().questionCount(setQuestions).build()
                : plan;
    }

    /** "Use your own questions: Acme backend (6 questions), Warm-up (3 questions), or none?". */
    static String offer(List<SetChoice> sets) {
        StringBuilder text = new StringBuilder("Use your own questions: ");
        for (SetChoice set : sets) {
            text.append(set.name())
                    .append(" (")
                    .append(set.questions())
                    .append(set.questions() == 1 ? " question), " : " questions), ");
        }
        return text.append("or none? With none, the questions come from the built-in bank.")
                .toString();
    }

    /** The account's set the request names, or a 404 when it names one the account does not have. */
    private Optional<QuestionSets.Stored> chosenSet(Account account, SetupRequest request) {
        String id = request.questionSet();
        if (id == null || id.isBlank() || id.equals("none")) {
            return Optional.empty();
        }
        if (id.length() > 200) {
            throw PlatformException.badRequest("questionSet must be the id of one of your question sets");
        }
        return Optional.of(questionSets
                .find(account.id(), id)
                .orElseThrow(() -> PlatformException.notFound("question set " + id)));
    }

    private void start(Context ctx, Account account) {
        SetupRequest request = body(ctx, SetupRequest.class);
        boolean useResume = Boolean.TRUE.equals(request.useResume());
        Optional<QuestionSets.Stored> set = chosenSet(account, request);
        Mocksy mocksy = set.isPresent()
                ? facades.forQuestionSet(
                        account.id(), set.get().source(), set.get().content())
                : facades.forAccount(account.id());
        InterviewPlan.Builder base = InterviewPlan.builder();
        CandidateProfile profile = null;
        if (useResume) {
            ProfileRoutes.Aimed aimed = profiles.aimed(mocksy, account);
            base = aimed.plan();
            profile = aimed.profile();
        }
        List<SetupConversation.Topic> topics = useResume
                ? List.of(
                        SetupConversation.Topic.TYPE,
                        SetupConversation.Topic.DIFFICULTY,
                        SetupConversation.Topic.QUESTIONS,
                        SetupConversation.Topic.COMPANY,
                        SetupConversation.Topic.MODE)
                : List.of(SetupConversation.Topic.values());
        SetupConversation setup = SetupConversation.of(base, topics);
        for (String reply : request.replies() == null ? List.<String>of() : request.replies()) {
            if (setup.done()) {
                break;
            }
            Optional<String> problem = setup.reply(reply);
            if (problem.isPresent()) {
                throw PlatformException.badRequest(problem.get());
            }
        }
        setup.acceptDefaults();
        InterviewPlan plan =
                forSet(setup.plan(), set.map(QuestionSets.Stored::questions).orElse(0));
        InterviewSession session = mocksy.startInterview(plan, profile, account.id());
        set.ifPresent(chosen -> questionSets.recordRun(account.id(), session.id(), chosen));
        session.start();
        ctx.status(201).json(Views.session(session));
    }

    private void show(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        InterviewState state = session.state();
        if (state == InterviewState.PROCESSING) {
            // An answer was stored but its evaluation did not finish (a node stopped): evaluate it now.
            session.evaluatePending();
        } else if (state == InterviewState.LISTENING || state == InterviewState.ASKING) {
            // The answer's time limit passes while nobody calls: close it now if it has.
            if (session.tick().isPresent()) {
                session.next();
            }
        }
        ctx.json(Views.session(session));
    }

    private void answer(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        AnswerRequest request = body(ctx, AnswerRequest.class);
        if (request.text() == null || request.text().isBlank()) {
            throw PlatformException.badRequest("type an answer, or skip the question");
        }
        session.submitAnswer(request.text());
        nextIfFeedback(session);
        ctx.json(Views.session(session));
    }

    private void next(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        if (session.state() == InterviewState.PROCESSING) {
            session.evaluatePending();
        }
        session.next();
        ctx.json(Views.session(session));
    }

    private void skip(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        session.skip();
        nextIfFeedback(session);
        ctx.json(Views.session(session));
    }

    private void hint(Context ctx, Account account) {
        HintRequest request = ctx.body().isBlank() ? new HintRequest("") : body(ctx, HintRequest.class);
        InterviewSession session = session(ctx, account);
        var hint = session.hint(request.typedSoFar() == null ? "" : request.typedSoFar());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hint", hint.hint());
        body.put("outline", hint.outline());
        ctx.json(body);
    }

    private void repeat(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        session.repeatQuestion("asked to hear it again");
        ctx.json(Views.session(session));
    }

    private void speech(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        if (session.currentQuestion().isEmpty() || session.state().isTerminal()) {
            throw PlatformException.conflict("no question is being asked now, so there is nothing to speak: "
                    + (session.state().isTerminal() ? "the interview is over" : "the interview has not asked one yet"));
        }
        AudioClip clip = session.speakQuestion().orElseThrow(PlatformException::voiceNotConfigured);
        ctx.contentType("audio/wav").result(WavWriter.toBytes(clip));
    }

    private void pause(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        session.pause();
        ctx.json(Views.session(session));
    }

    private void resume(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        session.resume();
        ctx.json(Views.session(session));
    }

    private void end(Context ctx, Account account) {
        EndRequest request = ctx.body().isBlank() ? new EndRequest(null) : body(ctx, EndRequest.class);
        InterviewSession session = session(ctx, account);
        if (!session.state().isTerminal()) {
            session.end(
                    request.reason() == null || request.reason().isBlank()
                            ? "ended by the candidate"
                            : request.reason().strip());
        }
        session.report();
        ctx.json(Views.session(session));
    }

    private void consent(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        ConsentRequest request = body(ctx, ConsentRequest.class);
        String capability =
                request.capability() == null ? "" : request.capability().strip();
        if (!capability.equals(Consent.VIDEO) && !capability.equals(Consent.VOICE)) {
            throw PlatformException.badRequest("capability must be video or voice");
        }
        if (request.granted() == null) {
            throw PlatformException.badRequest("granted must be true or false");
        }
        session.recordConsent(
                capability,
                request.granted(),
                capability.equals(Consent.VIDEO)
                        ? "I agree that webcam snapshots are analysed on the server for observable facts (in frame,"
                                + " facing the camera, lighting); no emotions are inferred."
                        : "I agree that my recorded voice is analysed for delivery (pace, pauses, fillers).");
        ctx.json(Views.session(session));
    }

    private void frame(Context ctx, Account account) {
        InterviewSession session = session(ctx, account);
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0 || bytes.length > MAX_FRAME_BYTES) {
            throw PlatformException.badRequest("send one JPEG or PNG frame of at most 2 MB as the request body");
        }
        FrameImage.Encoded image = new FrameImage.Encoded(bytes);
        if (image.format().equals("unknown")) {
            throw PlatformException.badRequest("the frame must be a JPEG or PNG image");
        }
        InterviewSnapshot snapshot = session.snapshot();
        if (!snapshot.hasConsent(Consent.VIDEO)) {
            throw PlatformException.forbidden("webcam frames are analysed only after the candidate's consent: POST"
                    + " /api/interviews/{id}/consent with {capability: video, granted: true} first");
        }
        Duration at = snapshot.elapsed(java.time.Instant.now());
        FrameObservation observation = session.observeFrame(new Frame(image, at));
        ctx.json(FrameView.of(observation));
    }

    /** An observation in plain facts. */
    record FrameView(int faces, boolean tooDark, boolean blurry, double brightness, List<String> facts) {
        static FrameView of(FrameObservation observation) {
            List<String> facts = new ArrayList<>();
            int faces = observation.faces().size();
            facts.add(
                    faces == 0
                            ? "No face in the frame"
                            : faces == 1 ? "One face in the frame" : faces + " faces in the" + " frame");
            if (faces == 1) {
                var face = observation.faces().get(0);
                facts.add(face.frontal() ? "Facing the camera" : "Turned away from the camera");
                facts.add(face.centred() ? "Centred in the frame" : "Off centre");
            }
            facts.add(observation.tooDark() ? "The picture is too dark" : "The lighting is adequate");
            if (observation.blur()) {
                facts.add("The picture is blurred");
            }
            return new FrameView(
                    faces, observation.tooDark(), observation.blur(), observation.brightness(), List.copyOf(facts));
        }
    }

    private void delete(Context ctx, Account account) {
        Mocksy mocksy = facades.forAccount(account.id());
        InterviewSnapshot snapshot = Owned.snapshot(mocksy, account, Api.path(ctx, "id"));
        var deletion = mocksy.deleteSession(snapshot.sessionId());
        questionSets.forgetRun(account.id(), snapshot.sessionId());
        ctx.json(Map.of(
                "sessions", deletion.sessions(), "files", deletion.files().size()));
    }

    /**
     * Moves on after an evaluated answer. An answer that asked to hear the question again was not graded: the session
     * is asking the question again, in other words, and stays on it.
     */
    static void nextIfFeedback(InterviewSession session) {
        if (session.state() == InterviewState.FEEDBACK) {
            session.next();
        }
    }

    /** What the API answers about a session, also over the live-answer socket. */
    public static Object view(InterviewSession session) {
        return Views.session(session);
    }

    private InterviewSession session(Context ctx, Account account) {
        String id = Api.path(ctx, "id");
        return Owned.session(facades.forSession(account.id(), id), account, id);
    }

    private static Map<String, String> message(String from, String text) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("from", from);
        message.put("text", text);
        return message;
    }

    static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw PlatformException.badRequest("the request needs a JSON body");
        }
        try {
            return ctx.bodyAsClass(type);
        } catch (Exception e) { // Jackson's parse errors arrive unchecked through Kotlin
            if (e instanceof PlatformException platform) {
                throw platform;
            }
            throw PlatformException.badRequest("the body is not the JSON this route expects: see /api/openapi.json");
        }
    }
}
