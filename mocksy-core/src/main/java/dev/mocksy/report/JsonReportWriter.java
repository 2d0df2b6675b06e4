package dev.mocksy.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mocksy.MocksyException;
import dev.mocksy.UnsupportedInputException;
import dev.mocksy.internal.MocksyJson;
import java.util.Objects;

/**
 * Writes a report as pretty-printed JSON and reads it back to an equal report.
 *
 * <pre>{@code
 * String json = new JsonReportWriter().write(report);
 * InterviewReport same = new JsonReportWriter().read(json);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Unanswered questions have no {@code answer} or {@code evaluation} field (absent, not
 * {@code null}), and instants and durations are ISO-8601 strings.
 */
public final class JsonReportWriter {

    /** The report as indented JSON, ending without a newline. */
    public String write(InterviewReport report) {
        Objects.requireNonNull(report, "report");
        try {
            return MocksyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            // Every field is a plain value of ours; failing here is a bug, not bad input.
            throw new MocksyException("could not write the report of session " + report.sessionId() + " as JSON", e);
        }
    }

    /**
     * Reads a report written by {@link #write}.
     *
     * @throws UnsupportedInputException when the text is not JSON or not a valid report (say a score out of range);
     *     the message names the problem and where it is
     */
    public InterviewReport read(String json) {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new UnsupportedInputException("the report JSON is empty; pass the text of a saved <session>.json");
        }
        try {
            return MocksyJson.mapper().readValue(json, InterviewReport.class);
        } catch (JsonProcessingException e) {
            throw new UnsupportedInputException(
                    "not a valid Mocksy report: " + e.getOriginalMessage() + locationOf(e), e);
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }
}
