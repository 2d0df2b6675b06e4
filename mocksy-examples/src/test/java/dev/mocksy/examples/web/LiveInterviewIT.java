package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.WavReader;
import dev.mocksy.speech.WordErrorRate;
import dev.mocksy.stt.vosk.VoskSpeechToText;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    @Test
    void should_speak_the_current_question_as_a_wav_that_vosk_understands_and_only_to_its_owner() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "listener");
        JsonNode session = client.post(
                        "/api/interviews", "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"2\"]}")
                .json();
        String id = session.get("id").asText();
        String question = session.get("question").get("text").asText();

        ApiClient.Reply speech = client.get("/api/interviews/" + id + "/speech");
        ApiClient.Reply intruders =
                ApiClient.signedUp(server.port(), "eavesdropper").get("/api/interviews/" + id + "/speech");

        assertThat(speech.status()).as(speech.text()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type").orElse("")).startsWith("audio/wav");
        assertThat(new String(speech.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        AudioClip clip = WavReader.read(new ByteArrayInputStream(speech.body()), "speech.wav");
        assertThat(clip.channels()).isEqualTo(1);
        assertThat(clip.durationSeconds()).isGreaterThan(1.0);
        String heard = VoskSpeechToText.bundled().transcribe(clip).text();
        double wer = WordErrorRate.of(asSpoken(question), heard);
        assertThat(1 - wer)
                .as("share of the words of \"%s\" heard back: \"%s\"", question, heard)
                .isGreaterThanOrEqualTo(0.6);
        assertThat(intruders.status()).isEqualTo(404);
        assertThat(intruders.text()).doesNotContain(question);
    }

    @Test
    void should_answer_a_typed_error_and_tell_the_socket_when_the_server_has_no_voice() throws Exception {
        try (PlatformServer mute = PlatformServer.start(
                PlatformSettings.builder()
                        .home(data.resolve("mute-home"))
                        .storeUrl("jdbc:sqlite:" + data.resolve("mute.db"))
                        .port(0)
                        .build(),
                builder -> builder.setting("mocksy.text-to-speech", "none"))) {
            ApiClient client = ApiClient.signedUp(mute.port(), "mute");
            String id = client.post("/api/interviews", "{\"replies\":[]}")
                    .json()
                    .get("id")
                    .asText();

            ApiClient.Reply reply = client.get("/api/interviews/" + id + "/speech");
            Ordered socket = Ordered.open(client, id);
            socket.ws.sendText("{\"type\":\"voice\",\"server\":true}", true).get();
            JsonNode voice = socket.next("voice", 10);
            socket.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("error").asText()).isEqualTo("voice_not_configured");
            assertThat(reply.json().get("message").asText()).contains("mocksy-tts-marytts");
            assertThat(voice.get("server").asBoolean()).isFalse();
            assertThat(voice.get("message").asText()).contains("mocksy-tts-marytts");
        }
    }

    @Test
    void should_send_the_next_question_as_audio_sentence_by_sentence_after_the_answer() throws Exception {
        Path wav = Tools.speech(data, "short-answer", "I would use a queue and retry the failed messages later.");
        ApiClient client = ApiClient.signedUp(server.port(), "voiced");
        String id = client.post("/api/interviews", "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"3\"]}")
                .json()
                .get("id")
                .asText();
        Ordered socket = Ordered.open(client, id);
        socket.ws.sendText("{\"type\":\"voice\",\"server\":true}", true).get();
        assertThat(socket.next("voice", 30).get("server").asBoolean()).isTrue();

        // The first question, asked for by the page when it opens.
        socket.ws.sendText("{\"type\":\"speak\"}", true).get();
        JsonNode first = socket.next("speechEnd", 60);
        assertThat(first.get("pieces").asInt()).isPositive();

        socket.ws
                .sendText("{\"type\":\"start\",\"sampleRate\":16000,\"endOfTurnSeconds\":1.5}", true)
                .get();
        byte[] all = Files.readAllBytes(wav);
        byte[] pcm = Arrays.copyOfRange(all, 44, all.length);
        for (int offset = 0; offset < pcm.length; offset += 3200) {
            socket.ws
                    .sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(3200, pcm.length - offset)), true)
                    .get();
        }
        byte[] silence = new byte[3200];
        for (int i = 0; i < 25 && !socket.seen("answered"); i++) {
            socket.ws.sendBinary(ByteBuffer.wrap(silence), true).get();
        }
        int mark = socket.received.size();
        JsonNode answered = socket.next("answered", 60);
        JsonNode end = socket.next("speechEnd", 60);
        socket.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();

        String next = answered.get("session").get("question").get("text").asText();
        List<Object> after = socket.received.subList(mark, socket.received.size());
        int answeredAt = indexOf(after, "answered");
        int speechAt = indexOf(after, "speech");
        int endAt = indexOf(after, "speechEnd");
        assertThat(answeredAt).isLessThan(speechAt);
        assertThat(((JsonNode) after.get(speechAt)).get("text").asText()).isEqualTo(next);
        List<byte[]> pieces = after.subList(speechAt + 1, endAt).stream()
                .filter(byte[].class::isInstance)
                .map(byte[].class::cast)
                .toList();
        assertThat(pieces).hasSize(end.get("pieces").asInt()).isNotEmpty();
        assertThat(end.get("stopped").asBoolean()).isFalse();
        StringBuilder heard = new StringBuilder();
        VoskSpeechToText vosk = VoskSpeechToText.bundled();
        for (byte[] piece : pieces) {
            AudioClip clip = WavReader.read(new ByteArrayInputStream(piece), "piece.wav");
            heard.append(vosk.transcribe(clip).text()).append(' ');
        }
        assertThat(1 - WordErrorRate.of(asSpoken(next), heard.toString()))
                .as("the next question \"%s\" heard back as \"%s\"", next, heard)
                .isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void should_report_a_barge_in_when_the_candidate_speaks_over_the_interviewer() throws Exception {
        Path wav = Tools.speech(data, "interrupting", "Sorry, I think I know this one, it is about caching.");
        ApiClient client = ApiClient.signedUp(server.port(), "interrupter");
        String id = client.post("/api/interviews", "{\"replies\":[]}")
                .json()
                .get("id")
                .asText();
        Ordered socket = Ordered.open(client, id);
        // The question is playing before the answer is opened, as when the page reads it and then the microphone
        // starts.
        socket.ws.sendText("{\"type\":\"speaking\",\"playing\":true}", true).get();
        socket.ws
                .sendText("{\"type\":\"start\",\"sampleRate\":16000,\"endOfTurnSeconds\":1.5}", true)
                .get();
        socket.next("listening", 10);
        byte[] all = Files.readAllBytes(wav);
        byte[] pcm = Arrays.copyOfRange(all, 44, all.length);
        for (int offset = 0; offset < pcm.length && !socket.seen("bargeIn"); offset += 3200) {
            socket.ws
                    .sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(3200, pcm.length - offset)), true)
                    .get();
        }

        assertThat(socket.next("bargeIn", 10)).isNotNull();
        socket.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();
    }

    @Test
    void should_speak_the_backchannel_cue_at_the_pause_the_server_chose_in_a_long_answer() throws Exception {
        Path first = Tools.speech(
                data,
                "long-answer",
                "First I would look at how many requests arrive each second and how large each one is, then I would"
                        + " sketch the services that take the orders, the queue between them and the workers that"
                        + " charge the cards, and I would keep the payment state in one database table with a"
                        + " version column so that two workers never charge the same order twice, and I would add"
                        + " retries with backoff and a dead letter queue for the messages that keep failing.");
        Path second = Tools.speech(data, "long-answer-end", "Then I would watch the latency of the workers.");
        ApiClient client = ApiClient.signedUp(server.port(), "talker");
        String id = client.post("/api/interviews", "{\"replies\":[]}")
                .json()
                .get("id")
                .asText();
        Ordered socket = Ordered.open(client, id);
        socket.ws.sendText("{\"type\":\"voice\",\"server\":true}", true).get();
        assertThat(socket.next("voice", 30).get("server").asBoolean()).isTrue();
        socket.ws
                .sendText("{\"type\":\"start\",\"sampleRate\":16000,\"endOfTurnSeconds\":2.5}", true)
                .get();
        socket.next("listening", 10);
        java.io.ByteArrayOutputStream audio = new java.io.ByteArrayOutputStream();
        byte[] one = Files.readAllBytes(first);
        audio.write(one, 44, one.length - 44);
        audio.write(new byte[32_000]); // one second of a natural pause, shorter than the end of the turn
        byte[] two = Files.readAllBytes(second);
        audio.write(two, 44, two.length - 44);
        byte[] pcm = audio.toByteArray();
        assertThat(one.length / 32_000.0)
                .as("seconds of speech before the pause")
                .isGreaterThan(20.5);
        for (int offset = 0; offset < pcm.length; offset += 3200) {
            socket.ws
                    .sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(3200, pcm.length - offset)), true)
                    .get();
        }
        byte[] silence = new byte[3200];
        for (int i = 0; i < 40 && !socket.seen("answered"); i++) {
            socket.ws.sendBinary(ByteBuffer.wrap(silence), true).get();
        }
        socket.next("answered", 60);
        socket.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get();

        List<Object> received = socket.received;
        int cueAt = indexOf(received, "backchannel");
        JsonNode cue = (JsonNode) received.get(cueAt);
        int spokenAt = -1;
        for (int i = cueAt + 1; i < received.size(); i++) {
            if (received.get(i) instanceof JsonNode node
                    && node.get("type").asText().equals("speech")
                    && node.get("kind").asText().equals("backchannel")) {
                spokenAt = i;
                break;
            }
        }
        assertThat(spokenAt)
                .as("the cue spoken after the server chose the pause")
                .isPositive();
        assertThat(((JsonNode) received.get(spokenAt)).get("text").asText())
                .isEqualTo(cue.get("cue").asText());
        assertThat(received.get(spokenAt + 1)).isInstanceOf(byte[].class);
        AudioClip clip = WavReader.read(new ByteArrayInputStream((byte[]) received.get(spokenAt + 1)), "cue.wav");
        assertThat(clip.durationSeconds()).as("a short cue").isBetween(0.1, 2.5);
        assertThat(indexOf(received, "answered"))
                .as("the cue came during the answer")
                .isGreaterThan(spokenAt);
    }

    private static int indexOf(List<Object> received, String type) {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i) instanceof JsonNode node
                    && node.get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " among " + received.size() + " messages");
    }

    /** Keeps every message of a socket in the order it arrived: JSON events and binary audio. */
    static final class Ordered implements WebSocket.Listener {
        final List<Object> received = new CopyOnWriteArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
        WebSocket ws;

        static Ordered open(ApiClient client, String id) throws Exception {
            Ordered ordered = new Ordered();
            ordered.ws = client.http()
                    .newWebSocketBuilder()
                    .header("Origin", client.base())
                    .buildAsync(
                            URI.create(client.base().replace("http", "ws") + "/api/interviews/" + id + "/live"),
                            ordered)
                    .get(10, TimeUnit.SECONDS);
            return ordered;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(ApiClient.JSON.readTree(text.toString()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.write(bytes, 0, bytes.length);
            if (last) {
                received.add(binary.toByteArray());
                binary.reset();
            }
            socket.request(1);
            return null;
        }

        boolean seen(String type) {
            return received.stream()
                    .anyMatch(m -> m instanceof JsonNode node
                            && node.get("type").asText().equals(type));
        }

        /** The first event of this type not taken yet, waiting for it. */
        JsonNode next(String type, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < until) {
                for (Object message : received) {
                    if (message instanceof JsonNode node
                            && node.get("type").asText().equals(type)
                            && taken.add(System.identityHashCode(node))) {
                        return node;
                    }
                    if (message instanceof JsonNode node
                            && node.get("type").asText().equals("error")) {
                        throw new AssertionError(node.toString());
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no " + type + " within " + seconds + " s; got " + received);
        }

        private final java.util.Set<Integer> taken = java.util.concurrent.ConcurrentHashMap.newKeySet();
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

    /** The question's words as the voice says them and Vosk writes them: "HashMap" is "Hash Map". */
    private static String asSpoken(String question) {
        return question.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    }
}
