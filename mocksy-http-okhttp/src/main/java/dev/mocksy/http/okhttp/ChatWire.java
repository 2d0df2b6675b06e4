package dev.mocksy.http.okhttp;

import dev.mocksy.ProviderException;
import dev.mocksy.llm.ApiKey;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.StreamListener;
import java.util.function.Function;
import okhttp3.Request;

/**
 * One vendor's chat wire format, all an {@link HttpLanguageModel} needs to know about it: how to write a request, read a
 * reply and read a stream's events.
 *
 * <p>Support for Mocksy's HTTP provider modules, not meant for applications: it may change between releases.
 */
public interface ChatWire {

    /**
     * The HTTP request for a chat, with the key in the vendor's header.
     *
     * @param model the model to ask, the request's own or the configured one
     * @param stream whether to ask for a server-sent-events stream
     */
    Request request(ChatRequest request, String model, ApiKey key, boolean stream);

    /**
     * The reply in a successful response's body.
     *
     * @throws dev.mocksy.InvalidResponseException when the body cannot be read
     * @throws dev.mocksy.ContentRefusedException when the vendor withheld the reply
     */
    ChatResponse parse(byte[] body, String model);

    /**
     * A fresh reader of one stream attempt's events.
     *
     * @param errorEvent turns the JSON of an error event inside the stream into its typed failure
     */
    StreamAccumulator accumulator(
            StreamListener listener, String model, Function<String, ProviderException> errorEvent);
}
