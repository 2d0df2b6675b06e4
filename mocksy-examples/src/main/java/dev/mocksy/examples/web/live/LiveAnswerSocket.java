package dev.mocksy.examples.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.Mocksy;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.examples.web.account.Account;
import dev.mocksy.examples.web.http.Security;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.LiveAnswer;
import dev.mocksy.speech.Transcript;
import dev.mocksy.speech.turn.EndOfTurn;
import dev.mocksy.speech.turn.TurnListener;
import dev.mocksy.speech.turn.TurnSettings;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

    /** One connection's state: whose, which session, the answer being heard. */
    private static final class Live {
        final Account account;
        final String sessionId;
        InterviewSession session;
        LiveAnswer answer;
        int sampleRate;
        Duration endOfTurn;
        long turnEndedAtNanos;

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
            if (live != null && live.answer != null) {
                live.answer.close();
            }
        });
        ws.onError(ctx -> {
            Live live = connections.remove(ctx.sessionId());
            if (live != null && live.answer != null) {
                live.answer.close();
            }
        });
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
                if (live.answer != null) {
                    live.answer.interviewerSpeaking(message.path("playing").asBoolean(false));
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
            default -> send(
                    ctx,
                    Map.of(
                            "type",
                            "error",
                            "message",
                            "unknown message type '" + type + "': send start,"
                                    + " speaking or done, and audio as binary messages"));
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
        send(ctx, Map.of("type", "listening", "sampleRate", sampleRate));
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
        }

        @Override
        public void bargeIn(double atSeconds) {
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

    private void send(WsContext ctx, Object message) {
        try {
            ctx.send(json.writeValueAsString(message));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug(
                    "a live answer socket closed while sending: {}",
                    e.getClass().getSimpleName());
        }
    }

    private void error(WsContext ctx, Exception e) {
        send(ctx, Map.of("type", "error", "message", String.valueOf(e.getMessage())));
    }
}
