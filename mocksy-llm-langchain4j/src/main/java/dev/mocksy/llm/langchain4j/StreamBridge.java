package dev.mocksy.llm.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.StreamInterruptedException;
import dev.mocksy.llm.Cancellation;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.StreamListener;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * One streamed call: LangChain4j calls back on its own threads, Mocksy's {@link StreamListener} is called on the
 * caller's thread, so the pieces pass through a queue the caller drains.
 */
final class StreamBridge {

    private sealed interface Event permits Delta, Complete, Failed, Cancelled {}

    private record Delta(String text) implements Event {}

    private record Complete(dev.langchain4j.model.chat.response.ChatResponse response) implements Event {}

    private record Failed(Throwable error) implements Event {}

    private record Cancelled() implements Event {}

    private final StreamingChatModel model;
    private final FailureMapper failures;
    private final Duration idleTimeout;
    private final String provider;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();

    StreamBridge(StreamingChatModel model, FailureMapper failures, Duration idleTimeout, String provider) {
        this.model = model;
        this.failures = failures;
        this.idleTimeout = idleTimeout;
        this.provider = provider;
    }

    ChatResponse run(
            dev.langchain4j.model.chat.request.ChatRequest request,
            StreamListener listener,
            Cancellation cancellation,
            BiFunction<dev.langchain4j.model.chat.response.ChatResponse, String, ChatResponse> reply) {
        cancellation.onCancel(() -> events.offer(new Cancelled()));
        try {
            model.chat(request, new Handler());
        } catch (RuntimeException e) {
            throw failures.map(e);
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            Event event;
            try {
                event = events.poll(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new StreamInterruptedException(
                        provider, "the calling thread was interrupted", text.toString(), e);
            }
            if (event == null) {
                stop();
                ProviderTimeoutException timeout = new ProviderTimeoutException(
                        provider,
                        "no piece of the stream arrived for " + idleTimeout.toMillis() + " ms; raise streamIdleTimeout"
                                + " or the LangChain4j model's timeout",
                        null);
                if (text.length() == 0) {
                    throw timeout;
                }
                throw new StreamInterruptedException(provider, "the stream stalled", text.toString(), timeout);
            }
            if (event instanceof Cancelled) {
                stop();
                return cancelled(text);
            }
            if (event instanceof Delta delta) {
                if (delta.text() == null || delta.text().isEmpty()) {
                    continue;
                }
                text.append(delta.text());
                listener.onDelta(delta.text());
                if (cancellation.isCancelled()) {
                    stop();
                    return cancelled(text);
                }
            } else if (event instanceof Complete complete) {
                if (text.length() > 0 && looksCut(complete.response())) {
                    throw new StreamInterruptedException(
                            provider,
                            "the stream ended before the provider said it was complete (no finish reason, no usage)",
                            text.toString(),
                            null);
                }
                return reply.apply(complete.response(), text.length() == 0 ? null : text.toString());
            } else if (event instanceof Failed failed) {
                ProviderException mapped = failures.map(failed.error());
                if (text.length() == 0) {
                    throw mapped;
                }
                throw new StreamInterruptedException(
                        provider, "the stream broke off: " + mapped.getMessage(), text.toString(), mapped);
            }
        }
    }

    /**
     * Some LangChain4j modules report a stream that broke off as complete; a reply with neither a finish reason nor a
     * token count never saw the provider's final event.
     */
    private static boolean looksCut(dev.langchain4j.model.chat.response.ChatResponse response) {
        return response != null && response.finishReason() == null && response.tokenUsage() == null;
    }

    private ChatResponse cancelled(StringBuilder text) {
        return ChatResponse.builder()
                .text(text.toString())
                .finishReason(FinishReason.CANCELLED)
                .build();
    }

    private void stop() {
        StreamingHandle current = handle.get();
        if (current != null && !current.isCancelled()) {
            try {
                current.cancel();
            } catch (RuntimeException ignored) {
                // the stream is abandoned either way; a provider that cannot cancel just finishes unread
            }
        }
    }

    private final class Handler implements StreamingChatResponseHandler {

        @Override
        public void onPartialResponse(String partialResponse) {
            events.offer(new Delta(partialResponse));
        }

        @Override
        public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
            if (context != null) {
                handle.compareAndSet(null, context.streamingHandle());
            }
            events.offer(new Delta(partialResponse.text()));
        }

        @Override
        public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse completeResponse) {
            events.offer(new Complete(completeResponse));
        }

        @Override
        public void onError(Throwable error) {
            events.offer(new Failed(error));
        }
    }
}
