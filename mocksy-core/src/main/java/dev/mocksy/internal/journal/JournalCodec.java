package dev.mocksy.internal.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.StoreException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.RecordedEvent;
import java.time.Instant;
import java.util.List;

/**
 * Writes events as journal lines of the current format version and reads lines of any version Mocksy has written.
 *
 * <pre>{"v":3,"sessionId":"...","sequence":3,"at":"2026-...Z","event":{"type":"answer-received",...}}</pre>
 */
public final class JournalCodec {

    /** The format version written now. */
    public static final int VERSION = 3;

    static final String VERSION_FIELD = "v";

    private static final List<Upcaster> UPCASTERS = List.of(Upcaster.V1_TO_V2, Upcaster.V2_TO_V3);

    private static final ObjectMapper MAPPER = MocksyJson.mapper();

    private JournalCodec() {}

    /** The line of one event, without its line break. */
    public static String encode(RecordedEvent event) {
        Line line = new Line(VERSION, event.sessionId(), event.sequence(), event.at(), EventRecord.of(event.event()));
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "cannot write event #" + event.sequence() + " of session " + event.sessionId() + " to the journal: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * The event of one line.
     *
     * @throws StoreException when the line is not an event of a known format version, saying what is wrong
     */
    public static RecordedEvent decode(String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode line)) {
            throw new StoreException("not a JSON object");
        }
        int version = line.path(VERSION_FIELD).asInt(1);
        if (version > VERSION) {
            throw new StoreException("written in journal format " + version + " by a newer Mocksy; this one reads up"
                    + " to format " + VERSION + ", so upgrade Mocksy to read it");
        }
        for (Upcaster step : UPCASTERS) {
            if (step.from() == version) {
                step.upcast(line);
                version++;
            }
        }
        try {
            Line read = MAPPER.treeToValue(line, Line.class);
            if (read.sessionId() == null || read.at() == null || read.event() == null) {
                throw new StoreException("an event needs sessionId, sequence, at and event");
            }
            return new RecordedEvent(
                    read.sessionId(), read.sequence(), read.at(), read.event().toEvent());
        } catch (JsonProcessingException e) {
            throw new StoreException("not a valid event: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("not a valid event: " + e.getMessage(), e);
        }
    }

    /** One journal line as written. */
    record Line(int v, String sessionId, long sequence, Instant at, EventRecord event) {}
}
