package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidate's own question sets on a real server: upload, ownership, running one, its leaderboard. */
class QuestionSetsApiTest {

    @TempDir
    static Path home;

    static PlatformServer server;

    /** Three questions written for this test, in the order the set asks them. */
    static final List<String> TEXTS = List.of(
            "A tram ticket reader charges a rider twice when the card is tapped twice within a second. How would you"
                    + " make the charge happen only once?",
            "How would you page through ten million sensor readings in a database so that a page never skips or"
                    + " repeats a reading while new ones arrive?",
            "Tell me about a time a reviewer's comment made you rework a design you had already started building.");

    static String set(String name) {
        return "name: " + name + "\n"
                + "questions:\n"
                + "  - text: " + TEXTS.get(0) + "\n"
                + "    type: technical\n"
                + "    keyPoints:\n"
                + "      - point: An idempotency key per tap lets the server drop the repeat\n"
                + "        synonyms: [idempotency key, idempotent, deduplicate, same request id]\n"
                + "      - point: The charge and the key are stored in one transaction\n"
                + "        synonyms: [transaction, unique constraint, atomically]\n"
                + "  - text: " + TEXTS.get(1) + "\n"
                + "    type: technical\n"
                + "    keyPoints:\n"
                + "      - point: Keyset pagination on an indexed, unique ordering instead of offsets\n"
                + "        synonyms: [keyset, seek method, cursor, where id >]\n"
                + "  - text: " + TEXTS.get(2) + "\n"
                + "    type: behavioral\n"
                + "    referenceAnswer: I had built half of a caching layer when a reviewer showed the data changed"
                + " every few seconds. I measured the hit rate, agreed it was too low, and moved the work to a"
                + " read replica instead.\n";
    }

    @BeforeAll
    static void start() {
        server = PlatformServer.start(
                PlatformSettings.builder().home(home).port(0).build(), builder -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ApiClient.Reply upload(ApiClient client, String text, String fileName) {
        return client.send(HttpRequest.newBuilder(URI.create(
                        client.base() + "/api/question-sets" + (fileName == null ? "" : "?fileName=" + fileName)))
                .header("X-CSRF-Token", client.csrf())
                .header("Content-Type", "text/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    @Test
    void should_keep_an_uploaded_set_list_it_and_delete_it() {
        ApiClient user = ApiClient.signedUp(server.port(), "keeper");

        ApiClient.Reply reply = upload(user, set("Transit platform screen"), "transit.yaml");

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        String id = reply.json().get("id").asText();
        assertThat(reply.json().get("name").asText()).isEqualTo("Transit platform screen");
        assertThat(reply.json().get("questions").asInt()).isEqualTo(3);
        JsonNode listed = user.get("/api/question-sets").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("questions").asInt()).isEqualTo(3);

        assertThat(user.delete("/api/question-sets/" + id).status()).isEqualTo(200);
        assertThat(user.get("/api/question-sets").json()).isEmpty();
        assertThat(user.delete("/api/question-sets/" + id).status()).isEqualTo(404);
    }

    @Test
    void should_accept_the_same_questions_as_json() {
        ApiClient user = ApiClient.signedUp(server.port(), "json");
        String json = "{\"name\":\"Two readings\",\"questions\":[{\"text\":\"" + TEXTS.get(1)
                + "\",\"type\":\"technical\",\"keyPoints\":[{\"point\":\"Keyset pagination\",\"synonyms\":"
                + "[\"keyset\",\"cursor\"]}]}]}";

        ApiClient.Reply reply = upload(user, json, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("name").asText()).isEqualTo("Two readings");
        assertThat(reply.json().get("questions").asInt()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_file_that_is_not_yaml_listing_the_line() {
        ApiClient user = ApiClient.signedUp(server.port(), "broken");

        ApiClient.Reply reply =
                upload(user, "name: Broken\nquestions:\n  - text: [never closed\n    type: technical\n", "broken.yaml");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_question_set");
        JsonNode problems = reply.json().get("problems");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).get("line").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(problems.get(0).get("message").asText()).contains("YAML");
        assertThat(user.get("/api/question-sets").json()).isEmpty();
    }

    @Test
    void should_refuse_a_question_without_text_naming_its_line_and_field() {
        ApiClient user = ApiClient.signedUp(server.port(), "textless");
        String text = "name: Missing text\n"
                + "questions:\n"
                + "  - text: " + TEXTS.get(0) + "\n"
                + "    type: technical\n"
                + "    referenceAnswer: Give every tap an idempotency key and store it with the charge.\n"
                + "  - type: technical\n"
                + "    referenceAnswer: Keyset pagination on a unique, indexed column.\n";

        ApiClient.Reply reply = upload(user, text, "missing.yaml");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode problems = reply.json().get("problems");
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.get("field").asText()).isEqualTo("questions[1].text");
            assertThat(problem.get("message").asText()).isEqualTo("is missing");
            assertThat(problem.get("line").asInt()).isEqualTo(6);
        });
        assertThat(reply.json().get("message").asText()).contains("problem");
        assertThat(user.get("/api/question-sets").json()).isEmpty();
    }

    @Test
    void should_refuse_a_file_larger_than_the_limit() {
        ApiClient user = ApiClient.signedUp(server.port(), "large");
        StringBuilder text = new StringBuilder(set("Too large"));
        while (text.length() <= 256 * 1024) {
            text.append("# padding to make the file larger than the platform keeps\n");
        }

        ApiClient.Reply reply = upload(user, text.toString(), "large.yaml");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("at most 256 KB");
        assertThat(user.get("/api/question-sets").json()).isEmpty();
    }

    @Test
    void should_answer_not_found_to_another_account_on_every_route_of_a_set() {
        ApiClient owner = ApiClient.signedUp(server.port(), "set-owner");
        ApiClient intruder = ApiClient.signedUp(server.port(), "set-intruder");
        String id = upload(owner, set("Private screen"), "private.yaml")
                .json()
                .get("id")
                .asText();

        assertThat(intruder.delete("/api/question-sets/" + id).status()).isEqualTo(404);
        assertThat(intruder.post("/api/interviews", "{\"replies\":[],\"questionSet\":\"" + id + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(intruder.post("/api/setup", "{\"replies\":[],\"questionSet\":\"" + id + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(intruder.get("/api/question-sets").json()).isEmpty();
        assertThat(owner.get("/api/question-sets").json()).hasSize(1);
    }

    @Test
    void should_offer_the_accounts_sets_in_the_set_up_chat() {
        ApiClient user = ApiClient.signedUp(server.port(), "offered");
        String id = upload(user, set("Transit platform screen"), "transit.yaml")
                .json()
                .get("id")
                .asText();

        JsonNode setup = user.post("/api/setup", "{\"replies\":[]}").json();

        assertThat(setup.get("questionSets").get(0).get("id").asText()).isEqualTo(id);
        assertThat(setup.get("messages").get(0).get("text").asText())
                .isEqualTo("Use your own questions: Transit platform screen (3 questions), or none? With none, the"
                        + " questions come from the built-in bank.");
        JsonNode chosen = user.post("/api/setup", "{\"replies\":[],\"questionSet\":\"" + id + "\"}")
                .json();
        assertThat(chosen.get("questionSet").get("name").asText()).isEqualTo("Transit platform screen");
    }

    @Test
    void should_ask_exactly_the_questions_of_the_uploaded_set() {
        ApiClient user = ApiClient.signedUp(server.port(), "runner");
        String id = upload(user, set("Transit platform screen"), "transit.yaml")
                .json()
                .get("id")
                .asText();

        List<String> asked = run(user, id);

        assertThat(asked).containsExactlyElementsOf(TEXTS);
    }

    @Test
    void should_rank_two_accounts_with_the_same_set_on_one_board_only_when_they_opted_in() {
        ApiClient first = ApiClient.signedUp(server.port(), "ada");
        ApiClient second = ApiClient.signedUp(server.port(), "grace");
        ApiClient hidden = ApiClient.signedUp(server.port(), "hidden");
        // The same questions, uploaded under another name by the second account: the content decides the board.
        String firstSet = upload(first, set("Board screen"), "board.yaml")
                .json()
                .get("id")
                .asText();
        String secondSet = upload(second, set("Board screen, renamed"), "mine.yaml")
                .json()
                .get("id")
                .asText();
        String hiddenSet = upload(hidden, set("Board screen"), "board.yaml")
                .json()
                .get("id")
                .asText();
        assertThat(first.put("/api/settings/leaderboard", "{\"optIn\":true}").status())
                .isEqualTo(200);
        assertThat(second.put("/api/settings/leaderboard", "{\"optIn\":true}").status())
                .isEqualTo(200);
        run(first, firstSet);
        run(second, secondSet);
        run(hidden, hiddenSet);
        // An interview from the bank stays on its plan's board.
        first.post("/api/interviews", "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"1\",\"\",\"\",\"\"]}");

        JsonNode boards = first.get("/api/leaderboard").json();

        List<JsonNode> setBoards = new ArrayList<>();
        boards.forEach(board -> {
            if (board.get("kind").asText().equals("questionSet")) {
                setBoards.add(board);
            }
        });
        JsonNode board = setBoards.stream()
                .filter(b -> b.get("entries").findValuesAsText("name").contains("ada"))
                .findFirst()
                .orElseThrow();
        assertThat(board.get("setKey").asText()).startsWith("set:");
        assertThat(board.get("title").asText()).startsWith("Board screen");
        assertThat(board.get("entries").findValuesAsText("name")).containsExactlyInAnyOrder("ada", "grace");
        assertThat(boards.findValuesAsText("name")).doesNotContain("hidden");
        assertThat(setBoards.stream().filter(b -> b.get("setKey").equals(board.get("setKey"))))
                .hasSize(1);
    }

    /** Runs the set to the end, answering every question; the main questions' texts in the order they were asked. */
    static List<String> run(ApiClient user, String setId) {
        ApiClient.Reply started = user.post(
                "/api/interviews",
                "{\"replies\":[\"backend\",\"mixed\",\"mid\",\"\",\"5\",\"\",\"\",\"\"],\"questionSet\":\"" + setId
                        + "\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        JsonNode session = started.json();
        String id = session.get("id").asText();
        assertThat(session.get("plan").get("questions").asInt()).isEqualTo(3);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 20 && !session.get("question").isNull(); i++) {
            JsonNode question = session.get("question");
            if (!question.get("followUp").asBoolean()) {
                asked.add(question.get("text").asText());
            }
            session = user.post(
                            "/api/interviews/" + id + "/answers",
                            "{\"text\":\"I would give each request an idempotency key, store it with the result in"
                                    + " one transaction, and use keyset pagination with a cursor on a unique id.\"}")
                    .json();
        }
        if (!session.get("state").asText().equals("COMPLETED")) {
            session = user.post("/api/interviews/" + id + "/end", "{}").json();
        }
        assertThat(user.get("/api/interviews/" + id + "/report").status()).isEqualTo(200);
        return asked;
    }
}
