package dev.mocksy.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSentEventsTest {

    private static List<String> read(String stream) throws Exception {
        List<String> events = new ArrayList<>();
        ServerSentEvents.read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), (event, data) -> {
            events.add(event + "|" + data);
            return true;
        });
        return events;
    }

    @Test
    void should_read_named_and_unnamed_events_and_skip_comments() throws Exception {
        assertThat(read(": keep-alive\n\nevent: ping\ndata: {}\n\ndata: one\n\n"))
                .containsExactly("ping|{}", "message|one");
    }

    @Test
    void should_join_multi_line_data_and_accept_crlf() throws Exception {
        assertThat(read("data: a\r\ndata: b\r\n\r\ndata:c\r\n\r\n")).containsExactly("message|a\nb", "message|c");
    }

    @Test
    void should_drop_an_event_cut_off_before_its_blank_line() throws Exception {
        assertThat(read("data: whole\n\ndata: half")).containsExactly("message|whole");
    }

    @Test
    void should_stop_when_the_handler_says_so() throws Exception {
        List<String> seen = new ArrayList<>();
        boolean stopped = ServerSentEvents.read(
                new ByteArrayInputStream("data: 1\n\ndata: 2\n\n".getBytes(StandardCharsets.UTF_8)), (e, d) -> {
                    seen.add(d);
                    return false;
                });

        assertThat(stopped).isTrue();
        assertThat(seen).containsExactly("1");
    }
}
