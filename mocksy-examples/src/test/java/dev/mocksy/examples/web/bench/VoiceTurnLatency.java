package dev.mocksy.examples.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.examples.web.ApiClient;
import dev.mocksy.examples.web.PlatformServer;
import dev.mocksy.examples.web.PlatformSettings;
import dev.mocksy.examples.web.Tools;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The voice turn, offline, through the platform's WebSocket: a spoken answer (espeak-ng, 16 kHz) is streamed to the
 * server, then silence until the server decides the turn is over; from the moment its {@code turnEnded} message arrives
 * to the first audio of the interviewer's next words: the final transcript, storing and evaluating the answer, the next
 * question, its {@code answered} message, and the first sentence of that question in the server's voice (MaryTTS, the
 * offline text-to-speech), arriving as the socket's first binary WAV message after {@code answered}. One candidate,
 * turn after turn, each waiting for the question to be spoken before answering; the first two turns warm the models
 * up and are not counted.
 *
 * <pre>
 * scripts/load --voice [--turns 30] [--end-of-turn-seconds 1.0]
 * </pre>
 *
 * A main class, not a test: run on a quiet machine; its figures go to docs/BENCHMARKS.md.
 */
public final class VoiceTurnLatency {

    /** Turns answered before measuring: the first ones load models once per server. */
    private static final int WARM_UP_TURNS = 2;

    private VoiceTurnLatency() {}

    public static void main(String[] args) throws Exception {
        int turns = 30;
        double endOfTurn = 1.0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--turns" -> turns = Integer.parseInt(args[++i]);
                case "--end-of-turn-seconds" -> endOfTurn = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException(
                        "unknown option " + args[i] + "; use --turns N --end-of-turn-seconds S");
            }
        }
        Path data = Files.createTempDirectory("mocksy-voice");
        Path home =
                Path.of(System.getProperty("mocksy.home", data.resolve("home").toString()));
        Path wav = Tools.speech(
                data,
                "answer",
                "I would put the orders on a queue so the services stay decoupled, and retry the failed messages"
                        + " later with a backoff.");
        byte[] pcm = Arrays.copyOfRange(Files.readAllBytes(wav), 44, Files.readAllBytes(wav).length);
        try (PlatformServer server = PlatformServer.start(PlatformSettings.builder()
                .home(home)
                .storeUrl("jdbc:sqlite:" + data.resolve("voice.db"))
                .port(0)
                .build())) {
            ApiClient client = ApiClient.signedUp(server.port(), "voice");
            List<long[]> measured = new ArrayList<>();
            int questions = Math.min(20, turns);
            int[] warmUp = {WARM_UP_TURNS};
            while (measured.size() < turns) {
                JsonNode session = client.post(
                                "/api/interviews",
                                "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"" + questions + "\"]}")
                        .json();
                interview(client, session.get("id").asText(), pcm, endOfTurn, measured, turns, warmUp);
            }
            print(measured, endOfTurn);
        }
    }

    /** Answers by voice until the interview ends or enough turns are measured: {server ms, answered, first audio}. */
    private static void interview(
            ApiClient client, String id, byte[] pcm, double endOfTurn, List<long[]> measured, int turns, int[] warmUp)
            throws Exception {
        Events events = new Events();
        WebSocket socket = client.http()
                .newWebSocketBuilder()
                .header("Origin", client.base())
                .buildAsync(URI.create(client.base().replace("http", "ws") + "/api/interviews/" + id + "/live"), events)
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"voice\",\"server\":true}", true).get();
            while (measured.size() < turns) {
                events.reset();
                socket.sendText(
                                "{\"type\":\"start\",\"sampleRate\":16000,\"endOfTurnSeconds\":" + endOfTurn + "}",
                                true)
                        .get();
                for (int offset = 0; offset < pcm.length; offset += 3200) {
                    socket.sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(3200, pcm.length - offset)), true)
                            .get();
                }
                byte[] silence = new byte[3200]; // 100 ms
                for (int i = 0; i < 100 && events.turnEnded.get() == 0; i++) {
                    socket.sendBinary(ByteBuffer.wrap(silence), true).get();
                }
                JsonNode answered = events.answered.get(60, TimeUnit.SECONDS);
                long answeredAt = System.nanoTime();
                JsonNode question = answered.path("session").path("question");
                if (!question.hasNonNull("text")) {
                    return; // the interview is over
                }
                events.spoken.get(60, TimeUnit.SECONDS); // the candidate listens to the whole question
                long firstAudio = events.firstAudio.get();
                long ended = events.turnEnded.get();
                if (warmUp[0] > 0) {
                    warmUp[0]--;
                    continue;
                }
                measured.add(
                        new long[] {answered.path("serverMillis").asLong(), answeredAt - ended, firstAudio - ended});
            }
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
        }
    }

    private static void print(List<long[]> measured, double endOfTurn) {
        System.out.printf(
                Locale.ROOT,
                "%d voice turns, end of turn after %.1f s of silence; %d cores, load average %.2f%n",
                measured.size(),
                endOfTurn,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.println("| from the end of the turn to ... | p50 | p90 | p99 | max |");
        System.out.println("| --- | --- | --- | --- | --- |");
        row("the next question ready on the server", measured, 0, 1);
        row("the next question at the client", measured, 1, 1_000_000);
        row("the first audio of the next question (the server's voice)", measured, 2, 1_000_000);
    }

    private static void row(String what, List<long[]> measured, int column, long perMilli) {
        long[] values = measured.stream().mapToLong(m -> m[column]).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s |%n",
                what,
                ms(percentile(values, 50), perMilli),
                ms(percentile(values, 90), perMilli),
                ms(percentile(values, 99), perMilli),
                ms(values[values.length - 1], perMilli));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long value, long perMilli) {
        return String.format(Locale.ROOT, "%.0f ms", (double) value / perMilli);
    }

    /** The socket's messages that matter here: when the turn ended, and the answer's reply. */
    private static final class Events implements WebSocket.Listener {
        final AtomicLong turnEnded = new AtomicLong();
        final AtomicLong firstAudio = new AtomicLong();
        volatile CompletableFuture<JsonNode> answered = new CompletableFuture<>();
        volatile CompletableFuture<JsonNode> spoken = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private volatile boolean speaking;

        void reset() {
            turnEnded.set(0);
            firstAudio.set(0);
            answered = new CompletableFuture<>();
            spoken = new CompletableFuture<>();
        }

        /** The first sentence counts when its whole WAV message has arrived. */
        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            if (last && speaking) {
                firstAudio.compareAndSet(0, System.nanoTime());
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode event = PlatformServer.json().readTree(text.toString());
                    switch (event.path("type").asText()) {
                        case "turnEnded" -> turnEnded.compareAndSet(0, System.nanoTime());
                        case "answered" -> answered.complete(event);
                        case "speech" -> speaking = event.path("kind").asText().equals("question");
                        case "speechEnd" -> {
                            if (speaking) {
                                speaking = false;
                                spoken.complete(event);
                            }
                        }
                        case "error", "retry" -> answered.completeExceptionally(
                                new IllegalStateException("the server said " + event));
                        default -> {}
                    }
                } catch (java.io.IOException e) {
                    answered.completeExceptionally(e);
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
