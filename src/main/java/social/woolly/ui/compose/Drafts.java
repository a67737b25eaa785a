package social.woolly.ui.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.Draft;
import social.woolly.core.store.DraftStore;

/**
 * The drafts database, opened on first use (always from a background thread, never at start-up).
 * Blocking and thread-safe.
 */
public final class Drafts implements AutoCloseable {
    private final Path file;
    private final Clock clock;
    private @Nullable DraftStore store;

    public Drafts(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    private synchronized DraftStore store() throws IOException {
        DraftStore opened = store;
        if (opened == null) {
            opened = DraftStore.open(file, clock);
            store = opened;
        }
        return opened;
    }

    public Draft save(Draft draft) throws IOException {
        return store().save(draft);
    }

    public boolean delete(String id) throws IOException {
        return store().delete(id);
    }

    /** The most recently changed unsent draft of an account. */
    public Optional<Draft> newest(String accountKey) throws IOException {
        return store().list(accountKey).stream().findFirst();
    }

    /** The unsent drafts of an account, most recently changed first. */
    public java.util.List<Draft> list(String accountKey) throws IOException {
        return store().list(accountKey);
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
