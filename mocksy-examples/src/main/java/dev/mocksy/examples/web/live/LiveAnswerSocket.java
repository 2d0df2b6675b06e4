package dev.mocksy.examples.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.Mocksy;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Security;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.LiveAnswer;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.WavWriter;
import dev.mocksy.speech.turn.EndOfTurn;
import dev.mocksy.speech.turn.TurnDetector;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import dev.mocksy.spi.Capability;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spoken answers over a WebSocket: the browser streams the microphone as 16-bit mono PCM (binary messages) and the
 * server recognises it live with the session's speech-to-text (Vosk by default), sends the partial transcript back,
 * decides when the turn is over (tolerating thinking pauses), stores and evaluates the answer, and sends the next
 * question for the browser to speak.
 *
 * <p>Client messages (JSON text): {@code {"type":"start","sampleRate":16000,"endOfTurnSeconds":2.5}} before each
 * answer; {@code {"type":"speaking","playing":true|false}} while the interviewer's voice plays (speech meanwhile is a
 * barge-in); {@code {"type":"done"}} to end the turn now. Server messages: {@code listening}, {@code speechStarted},
 * {@code partial}, {@code thinking}, {@code backchannel}, {@code bargeIn}, {@code turnEnded}, {@code retry} (nothing
 * usable heard), {@code answered} (with the session view: the next question or the end), {@code error}.
 *
 * <p>The interviewer's voice from the server: {@code {"type":"voice","server":true}} asks for it (the answer is
 * {@code voice} with {@code server} true, or false and a message saying what the server lacks), {@code
 * {"type":"speak"}} speaks the current question now, {@code {"type":"stop"}} stops speaking. With the server's voice
 * chosen, every {@code answered} with a next question is followed by that question spoken: {@code speech} ({@code
 * kind} {@code question}, the text), one binary message per piece (a sentence, as a WAV file of 16-bit PCM) as soon as
 * it is synthesized, then {@code speechEnd}; and a {@code backchannel} is followed by the cue spoken once and cached
 * ({@code speech} of kind {@code backchannel}, one binary WAV, {@code speechEnd}). A barge-in stops the pieces not
 * yet sent.
 */
public final class LiveAnswerSocket {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAnswerSocket.class);

    /** The most audio one answer may stream before it is cut, at 16 kHz: 5 minutes. */
    static final int MAX_CHUNK = 64 * 1024;

    private final Facades facades;
    private final Security security;
    private final ObjectMapper json;
    private final Function<InterviewSession, Object> view;
    private final Map<String, Live> connections = new ConcurrentHashMap<>();

    /** The backchannel cues spoken once, as WAV files, by their text. */
    private final Map<String, byte[]> cues = new ConcurrentHashMap<>();

    /** The most cues cached; the turn-taking code has a handful. */
    static final int MAX_CUES = 16;

    /** Synthesizes the interviewer's speech beside the socket's threads, so the microphone is read meanwhile. */
    private final ExecutorService voice = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mocksy-interviewer-voice");
        thread.setDaemon(true);
        return thread;
    });

    /** One connection's state: whose, which session, the answer being heard. */
    private static final class Live {
        final Account account;
        final String sessionId;
        InterviewSession session;
        LiveAnswer answer;
        int sampleRate;
        Duration endOfTurn;
        long turnEndedAtNanos;
        /** Whether the interviewer's voice is playing in the page, also before an answer is opened. */
        boolean interviewerSpeaking;
        /** Whether the page plays the server's voice. */
        volatile boolean serverVoice;
        /** Counts the speeches begun: a piece of an earlier one (stopped, or barged into) is not sent. */
        final AtomicInteger speech = new AtomicInteger();

        Live(Account account, String sessionId) {
            this.account = account;
            this.sessionId = sessionId;
        }
    }

    /**
     * @param view turns a session into what the HTTP API answers about it, so both speak alike
     */
    public LiveAnswerSocket(
            Facades facades, Security security, ObjectMapper json, Function<InterviewSession, Object> view) {
        this.facades = Objects.requireNonNull(facades, "facades");
        this.security = Objects.requireNonNull(security, "security");
        this.json = Objects.requireNonNull(json, "json");
        this.view = Objects.requireNonNull(view, "view");
    }

    /** Configures the socket's handlers. */
    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(Duration.ofMinutes(10));
            if (!Security.sameOrigin(ctx.header("Origin"), ctx.header("Host"))) {
                ctx.closeSession(1008, "this socket is only for pages of this server");
                return;
            }
            Account account =
                    security.accountOfCookie(ctx.cookie(Security.LOGIN_COOKIE)).orElse(null);
            if (account == null) {
                ctx.closeSession(1008, "log in first");
                return;
            }
            String sessionId = ctx.pathParam("id");
            if (!owns(account, sessionId)) {
                ctx.closeSession(1008, "interview " + sessionId + " was not found");
                return;
            }
            connections.put(ctx.sessionId(), new Live(account, sessionId));
            send(ctx, Map.of("type", "connected"));
        });
        ws.onMessage(ctx -> {
            Live live = connections.get(ctx.sessionId());
            if (live == null) {
                return;
            }
            try {
                control(ctx, live, json.readTree(ctx.message()));
            } catch (RuntimeException | java.io.IOException e) {
                error(ctx, e);
            }
        });
        ws.onBinaryMessage(ctx -> {
            Live live = connections.get(ctx.sessionId());
            if (live == null || live.answer == null) {
                return;
            }
            try {
                java.nio.ByteBuffer data = ctx.data();
                byte[] chunk = new byte[Math.min(data.remaining(), MAX_CHUNK)];
                data.get(chunk);
                live.answer.accept(chunk);
                if (live.answer.finished()) {
                    finish(ctx, live);
                }
            } catch (RuntimeException e) {
                error(ctx, e);
            }
        });
        ws.onClose(ctx -> {
            Live live = connections.remove(ctx.sessionId());
            if (live != null) {
                live.speech.incrementAndGet();
                if (live.answer != null) {
                    live.answer.close();
                }
            }
        });
        ws.onError(ctx -> {
            Live live = connections.remove(ctx.sessionId());
            if (live != null) {
                live.speech.incrementAndGet();
                if (live.answer != null) {
                    live.answer.close();
                }
            }
        });
    }

    /** Stops the interviewer's voice: speeches under way end, and no new one starts. */
    public void close() {
        connections.values().forEach(live -> live.speech.incrementAndGet());
        voice.shutdownNow();
    }

    private boolean owns(Account account, String sessionId) {
        try {
            InterviewSnapshot snapshot = facades.forAccount(account.id()).loadSession(sessionId);
            return account.id().equals(snapshot.candidateId());
        } catch (SessionNotFoundException | IllegalArgumentException e) {
            return false;
        }
    }

    private void control(WsContext ctx, Live live, JsonNode message) {
        String type = message.path("type").asText("");
        switch (type) {
            case "start" -> start(ctx, live, message);
            case "speaking" -> {
                live.interviewerSpeaking = message.path("playing").asBoolean(false);
                if (live.answer != null) {
                    live.answer.interviewerSpeaking(live.interviewerSpeaking);
                }
            }
            case "done" -> {
                if (live.answer != null && !live.answer.finished()) {
                    // The candidate said they are done: the silence the turn detector waits for, at once.
                    int samples = (int) (live.sampleRate * (live.endOfTurn.toMillis() + 200) / 1000);
                    byte[] silence = new byte[2 * Math.max(1, samples)];
                    live.answer.accept(silence);
                    if (live.answer.finished()) {
                        finish(ctx, live);
                    }
                }
            }
            case "voice" -> chooseVoice(ctx, live, message.path("server").asBoolean(false));
            case "speak" -> {
                if (!live.serverVoice) {
                    send(
                            ctx,
                            Map.of(
                                    "type",
                                    "error",
                                    "message",
                                    "choose the server's voice first: send {\"type\":" + "\"voice\",\"server\":true}"));
                    return;
                }
                speakQuestion(ctx, live, facades.forAccount(live.account.id()).session(live.sessionId));
            }
            case "stop" -> live.speech.incrementAndGet();
            default -> send(
                    ctx,
                    Map.of(
                            "type",
                            "error",
                            "message",
                            "unknown message type '" + type + "': send start, speaking, done, voice, speak or"
                                    + " stop, and audio as binary messages"));
        }
    }

    private void start(WsContext ctx, Live live, JsonNode message) {
        int sampleRate = message.path("sampleRate").asInt(16_000);
        if (sampleRate < 8_000 || sampleRate > 48_000) {
            send(ctx, Map.of("type", "error", "message", "sampleRate must be between 8000 and 48000"));
            return;
        }
        double endOfTurnSeconds = message.path("endOfTurnSeconds").asDouble(2.5);
        if (endOfTurnSeconds < 0.5 || endOfTurnSeconds > 10) {
            send(ctx, Map.of("type", "error", "message", "endOfTurnSeconds must be between 0.5 and 10"));
            return;
        }
        if (live.answer != null) {
            live.answer.close();
        }
        Mocksy mocksy = facades.forSession(live.account.id(), live.sessionId);
        live.session = mocksy.session(live.sessionId);
        live.sampleRate = sampleRate;
        live.endOfTurn = Duration.ofMillis((long) (endOfTurnSeconds * 1000));
        TurnSettings settings =
                TurnSettings.builder().endOfTurnSilence(live.endOfTurn).build();
        live.answer = live.session.openLiveAnswer(sampleRate, settings, new Forward(ctx, live));
        if (live.interviewerSpeaking) {
            // The question is still being read: speech from now on is a barge-in.
            live.answer.interviewerSpeaking(true);
        }
        send(ctx, Map.of("type", "listening", "sampleRate", sampleRate));
    }

    /** The page chose its interviewer voice: the server's when it has one, else it is told to use its own. */
    private void chooseVoice(WsContext ctx, Live live, boolean server) {
        if (!server) {
            live.serverVoice = false;
            live.speech.incrementAndGet();
            send(ctx, Map.of("type", "voice", "server", false));
            return;
        }
        if (!facades.forAccount(live.account.id()).supports(Capability.TEXT_TO_SPEECH)) {
            live.serverVoice = false;
            voiceOff(ctx, PlatformException.VOICE_NOT_CONFIGURED);
            return;
        }
        live.serverVoice = true;
        // The cue is said at a pause the candidate may end at any moment: ready before the first answer, once.
        cue(facades.forAccount(live.account.id()).session(live.sessionId), TurnDetector.BACKCHANNEL_CUE);
        send(ctx, Map.of("type", "voice", "server", true));
    }

    /**
     * Speaks the session's current question beside the socket's threads: {@code speech}, a binary WAV per piece as it
     * is ready, {@code speechEnd}. A later speech, a stop or a barge-in ends it before its next piece.
     */
    private void speakQuestion(WsContext ctx, Live live, InterviewSession session) {
        var question = session.currentQuestion();
        if (question.isEmpty()) {
            return;
        }
        int speech = live.speech.incrementAndGet();
        String text = question.get().text();
        voice.execute(() -> {
            int[] pieces = {0};
            try {
                send(ctx, Map.of("type", "speech", "kind", "question", "text", text));
                boolean spoken = session.speakQuestion(clip -> {
                    if (live.speech.get() != speech) {
                        throw new Stopped(); // no more sentences are synthesized for a speech nobody hears
                    }
                    sendAudio(ctx, WavWriter.toBytes(clip));
                    pieces[0]++;
                });
                if (!spoken) {
                    live.serverVoice = false;
                    voiceOff(ctx, PlatformException.VOICE_NOT_CONFIGURED);
                }
            } catch (Stopped e) {
                // stopped by the page, a barge-in or a later speech
            } catch (RuntimeException e) {
                LOG.warn("the interviewer's voice failed: {}", e.getClass().getSimpleName());
                voiceOff(ctx, "the server's voice failed: " + e.getMessage() + "; the browser's voice speaks instead");
            } finally {
                Map<String, Object> end = new LinkedHashMap<>();
                end.put("type", "speechEnd");
                end.put("kind", "question");
                end.put("pieces", pieces[0]);
                end.put("stopped", live.speech.get() != speech);
                send(ctx, end);
            }
        });
    }

    /** Ends a speech that was stopped between two of its pieces. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /**
     * Speaks a backchannel cue at once from the cache (it is synthesized when the server's voice is chosen), or, for a
     * cue not cached yet, beside the socket's threads.
     */
    private void speakCue(WsContext ctx, Live live, String cue) {
        InterviewSession session = live.session;
        if (session == null || cue == null || cue.isBlank()) {
            return;
        }
        byte[] cached = cues.get(cue);
        if (cached != null) {
            sendCue(ctx, cue, cached);
            return;
        }
        voice.execute(() -> {
            try {
                byte[] wav = cue(session, cue);
                if (wav != null) {
                    sendCue(ctx, cue, wav);
                }
            } catch (RuntimeException e) {
                LOG.debug("a backchannel cue was not spoken: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** The cue as a WAV file, synthesized once and cached; null without a voice. */
    private byte[] cue(InterviewSession session, String cue) {
        byte[] wav = cues.get(cue);
        if (wav == null) {
            var clip = session.speak(cue);
            if (clip.isEmpty()) {
                return null;
            }
            wav = WavWriter.toBytes(clip.get());
            if (cues.size() < MAX_CUES) {
                cues.put(cue, wav);
            }
        }
        return wav;
    }

    private void sendCue(WsContext ctx, String cue, byte[] wav) {
        // Under the connection's lock, so the three messages arrive together.
        synchronized (ctx.session) {
            send(ctx, Map.of("type", "speech", "kind", "backchannel", "text", cue));
            sendAudio(ctx, wav);
            send(ctx, Map.of("type", "speechEnd", "kind", "backchannel", "pieces", 1, "stopped", false));
        }
    }

    /** The turn is over: store and evaluate the answer, move on, and send the next question. */
    private void finish(WsContext ctx, Live live) {
        LiveAnswer answer = live.answer;
        live.answer = null;
        try {
            var evaluation = answer.submit();
            if (evaluation.isEmpty()) {
                send(ctx, Map.of("type", "retry", "message", "I didn't quite catch that, could you say it again?"));
                return;
            }
            if (live.session.state() == InterviewState.FEEDBACK) {
                live.session.next();
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "answered");
            body.put("transcript", answer.transcript().map(Transcript::text).orElse(""));
            body.put("session", view.apply(live.session));
            body.put("serverMillis", (System.nanoTime() - live.turnEndedAtNanos) / 1_000_000);
            send(ctx, body);
            if (live.serverVoice) {
                speakQuestion(ctx, live, live.session);
            }
        } finally {
            answer.close();
        }
    }

    /** Relays the turn detector's events to the browser. */
    private final class Forward implements TurnListener {
        private final WsContext ctx;
        private final Live live;

        Forward(WsContext ctx, Live live) {
            this.ctx = ctx;
            this.live = live;
        }

        @Override
        public void speechStarted(double atSeconds) {
            send(ctx, Map.of("type", "speechStarted"));
        }

        @Override
        public void partialText(String textSoFar) {
            send(ctx, Map.of("type", "partial", "text", textSoFar));
        }

        @Override
        public void thinkingNoticed(String phrase, Duration patience, double atSeconds) {
            send(ctx, Map.of("type", "thinking", "phrase", phrase, "patienceSeconds", patience.toSeconds()));
        }

        @Override
        public void backchannel(String cue, double atSeconds) {
            send(ctx, Map.of("type", "backchannel", "cue", cue));
            if (live.serverVoice) {
                speakCue(ctx, live, cue);
            }
        }

        @Override
        public void bargeIn(double atSeconds) {
            live.speech.incrementAndGet();
            send(ctx, Map.of("type", "bargeIn"));
        }

        @Override
        public void turnEnded(EndOfTurn reason, double atSeconds) {
            live.turnEndedAtNanos = System.nanoTime();
            send(ctx, Map.of("type", "turnEnded", "reason", reason.name()));
        }

        @Override
        public void clarificationNeeded(String prompt, Transcript heard) {
            send(ctx, Map.of("type", "clarify", "prompt", prompt));
        }

        @Override
        public void answerCompleted(Transcript transcript, EndOfTurn reason) {
            // finish() runs when the audio call returns: storing from inside the detector's callback would re-enter it
        }
    }

    /** Tells the page the server's voice is off, and why; the browser's voice speaks instead. */
    private void voiceOff(WsContext ctx, String why) {
        send(ctx, Map.of("type", "voice", "server", false, "message", why));
    }

    private void send(WsContext ctx, Object message) {
        try {
            String text = json.writeValueAsString(message);
            // One message at a time per connection, so a speech's pieces stay between its speech and speechEnd.
            synchronized (ctx.session) {
                ctx.send(text);
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug(
                    "a live answer socket closed while sending: {}",
                    e.getClass().getSimpleName());
        }
    }

    private void sendAudio(WsContext ctx, byte[] wav) {
        try {
            synchronized (ctx.session) {
                ctx.send(java.nio.ByteBuffer.wrap(wav));
            }
        } catch (RuntimeException e) {
            LOG.debug(
                    "a live answer socket closed while sending speech: {}",
                    e.getClass().getSimpleName());
        }
    }

    private void error(WsContext ctx, Exception e) {
        send(ctx, Map.of("type", "error", "message", String.valueOf(e.getMessage())));
    }
}
