package dev.mocksy.store;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.InterviewStoreProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/** The default store: in memory, gone with the JVM. Choose {@code mocksy.store=file} to keep sessions. */
@AutoService(InterviewStoreProvider.class)
public final class MemoryStoreProvider implements InterviewStoreProvider {

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public InterviewStore create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new InMemoryInterviewStore();
    }

    @Override
    public int priority() {
        return -10;
    }
}
