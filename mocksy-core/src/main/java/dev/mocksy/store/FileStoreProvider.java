package dev.mocksy.store;

import com.google.auto.service.AutoService;
import dev.mocksy.MocksyHome;
import dev.mocksy.spi.InterviewStoreProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/** JSON-lines journals under {@code <mocksy home>/sessions}; chosen with {@code mocksy.store=file}. */
@AutoService(InterviewStoreProvider.class)
public final class FileStoreProvider implements InterviewStoreProvider {

    @Override
    public String id() {
        return "file";
    }

    @Override
    public InterviewStore create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new FileInterviewStore(MocksyHome.sessions(config));
    }

    /** Below the in-memory store: writing to disk is something a user chooses. */
    @Override
    public int priority() {
        return -20;
    }
}
