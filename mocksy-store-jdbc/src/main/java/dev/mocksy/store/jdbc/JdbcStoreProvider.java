package dev.mocksy.store.jdbc;

import com.google.auto.service.AutoService;
import dev.mocksy.MocksyHome;
import dev.mocksy.spi.InterviewStoreProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.JournalImport;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store on a database; chosen with {@code mocksy.store=jdbc} and {@code mocksy.store.url} (default: the SQLite
 * file {@code mocksy.db} in the data directory), with {@code mocksy.store.user}, {@code mocksy.store.password} and
 * {@code mocksy.store.pool-size}.
 *
 * <p>On first use it imports the JSON-lines journals under {@code <home>/sessions} once, keeping the files;
 * {@code mocksy.store.import=off} skips that.
 */
@AutoService(InterviewStoreProvider.class)
public final class JdbcStoreProvider implements InterviewStoreProvider {

    /** The setting that turns the import of file journals on first use off ({@code off}). */
    public static final String IMPORT = "mocksy.store.import";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStoreProvider.class);

    @Override
    public String id() {
        return "jdbc";
    }

    @Override
    public InterviewStore create(ProviderContext context) {
        ProviderConfig config = context.config();
        JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.from(config));
        if (!config.get(IMPORT).map("off"::equalsIgnoreCase).orElse(false)) {
            importOnce(store, MocksyHome.sessions(config));
        }
        return store;
    }

    /** Imports the file journals of {@code directory} unless this database has imported them before. */
    static JournalImport.Result importOnce(JdbcInterviewStore store, Path directory) {
        if (store.imported(directory)) {
            return JournalImport.Result.none();
        }
        JournalImport.Result result = JournalImport.run(directory, store);
        result.damaged().forEach(reason -> LOG.warn("Not imported, the journal is damaged: {}", reason));
        result.conflicting().forEach(reason -> LOG.warn("Not imported: {}", reason));
        if (result.written() > 0) {
            LOG.info("Imported {} session journals from {} into {}", result.written(), directory, store.location());
        }
        // Marked even when some journals could not be imported: they stay on disk, were named in the log, and
        // `./mocksy import` (Mocksy.importJournals) tries again whenever asked.
        store.markImported(directory, result.written());
        return result;
    }

    /** Below the in-memory store: a database is something a user chooses. */
    @Override
    public int priority() {
        return -30;
    }
}
