package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spoken answer streamed from a WAV over the platform's WebSocket and transcribed by the bundled Vosk model, and a
 * webcam frame analysed after consent, on a real server.
 */
class LiveInterviewIT {

    /** A photo with one face (Debian python3-skimage). */
    static final Path ASTRONAUT = Path.of("/usr/lib/python3/dist-packages/skimage/data/astronaut.png");

    @TempDir
    static Path data;

    static PlatformServer server;

    @BeforeAll
    static void start() {
        // The data directory of the build, where the Vosk model is unpacked once; the database is the test's own.
        Path home =
                Path.of(System.getProperty("mocksy.home", data.resolve("home").toString()));
        server = PlatformServer.start(PlatformSettings.builder()
                .home(home)
                .storeUrl("jdbc:sqlite:" + data.resolve("live.db"))
                .port(0)
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_transcribe_an_answer_streamed_over_the_websocket_and_move_to_the_next_question() throws Exception {
        Path wav = Tools.speech(
                data,
                "answer",
                "I would put the orders on a queue so the services stay decoupled,"
                        + " and retry the failed messages later.");
        ApiClient client = ApiClient.signedUp(server.port(), "speaker");
        JsonNode session = client.post(
                        "/api/interviews", "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"2\"]}")
                .json();
        String id = session.get("id").asText();
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        CompletableFuture<JsonNode> answered = new CompletableFuture<>();

        WebSocket socket = client.http()
                .newWebSocketBuilder()
                .header("Origin", client.base())
                .buildAsync(
                        URI.create(client.base().replace("http", "ws") + "/api/interviews/" + id + "/live"),
                        new Collector(events, answered))
                .get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"start\",\"sampleRate\":16000,\"endOfTurnSeconds\":1.5}", true)
                .get();
        byte[] pcm = Arrays.copyOfRange(Files.readAllBytes(wav), 44, Files.readAllBytes(wav).length);
        for (int offset = 0; offset < pcm.length; offset += 3200) {
            socket.sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(3200, pcm.length - offset)), true)
                    .get();
        }
        byte[] silence = new byte[3200];
        for (int i = 0; i < 25 && !answered.isDone(); i++) {
            socket.sendBinary(ByteBuffer.wrap(silence), true).get(); // 2.5 s of silence ends the turn
        }
        JsonNode reply = answered.get(60, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();

        assertThat(events)
                .anySatisfy(event -> assertThat(event.get("type").asText()).isEqualTo("partial"));
        assertThat(events)
                .anySatisfy(event -> assertThat(event.get("type").asText()).isEqualTo("turnEnded"));
        assertThat(reply.get("transcript").asText()).containsAnyOf("queue", "services", "messages");
        JsonNode after = client.get("/api/interviews/" + id).json();
        assertThat(after.get("turns")).hasSize(1);
        assertThat(after.get("turns").get(0).get("answer").asText())
                .isEqualTo(reply.get("transcript").asText());
        assertThat(after.get("question").get("id").asText())
                .as("the interview moved on")
                .isNotEqualTo(session.get("question").get("id").asText());
    }

    @Test
    void should_refuse_the_socket_to_another_user() throws Exception {
        ApiClient owner = ApiClient.signedUp(server.port(), "owner");
        String id = owner.post("/api/interviews", "{\"replies\":[]}")
                .json()
                .get("id")
                .asText();
        ApiClient intruder = ApiClient.signedUp(server.port(), "intruder");
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        CompletableFuture<JsonNode> answered = new CompletableFuture<>();
        Collector collector = new Collector(events, answered);

        intruder.http()
                .newWebSocketBuilder()
                .header("Origin", intruder.base())
                .buildAsync(
                        URI.create(intruder.base().replace("http", "ws") + "/api/interviews/" + id + "/live"),
                        collector)
                .get(10, TimeUnit.SECONDS);

        assertThat(collector.closed.get(10, TimeUnit.SECONDS)).contains("was not found");
        assertThat(events)
                .noneSatisfy(event -> assertThat(event.get("type").asText()).isEqualTo("connected"));
    }

    @Test
    void should_analyse_a_webcam_frame_only_after_consent_and_report_plain_facts() throws Exception {
        Tools.require(Files.exists(ASTRONAUT), "Debian package python3-skimage (its astronaut.png)");
        Tools.require(Files.isDirectory(Path.of("/usr/share/opencv4/haarcascades")), "Debian package opencv-data");
        ApiClient client = ApiClient.signedUp(server.port(), "camera");
        String id = client.post("/api/interviews", "{\"replies\":[]}")
                .json()
                .get("id")
                .asText();
        byte[] photo = Files.readAllBytes(ASTRONAUT);

        ApiClient.Reply refused = client.postBytes("/api/interviews/" + id + "/frames", "image/png", photo);
        client.post("/api/interviews/" + id + "/consent", "{\"capability\":\"video\",\"granted\":true}");
        JsonNode observed = client.postBytes("/api/interviews/" + id + "/frames", "image/png", photo)
                .json();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(observed.get("faces").asInt()).isEqualTo(1);
        assertThat(observed.get("facts").toString()).contains("One face in the frame");
        assertThat(observed.toString().toLowerCase()).doesNotContain("happy").doesNotContain("emotion");
    }

    /** Collects the socket's JSON events. */
    static final class Collector implements WebSocket.Listener {
        private final List<JsonNode> events;
        private final CompletableFuture<JsonNode> answered;
        final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();

        Collector(List<JsonNode> events, CompletableFuture<JsonNode> answered) {
            this.events = events;
            this.answered = answered;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode event = ApiClient.JSON.readTree(text.toString());
                    events.add(event);
                    if (event.get("type").asText().equals("answered")) {
                        answered.complete(event);
                    } else if (event.get("type").asText().equals("error")) {
                        answered.completeExceptionally(new AssertionError(event.toString()));
                    }
                } catch (java.io.IOException e) {
                    answered.completeExceptionally(e);
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closed.complete(reason);
            return null;
        }
    }
}
