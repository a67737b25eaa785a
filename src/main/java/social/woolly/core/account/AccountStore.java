package social.woolly.core.account;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.store.JsonFile;

/**
 * The account list on disk ({@code accounts.json} in the config folder): every added account in
 * bar order, and which one was active. Blocking file I/O; writes are atomic.
 */
public final class AccountStore {

    /** The file's content. {@code version} lets a later Woolly read an older file. */
    public record Snapshot(int version, @Nullable String activeKey, List<SavedAccount> accounts) {
        public Snapshot {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }

        public static Snapshot empty() {
            return new Snapshot(1, null, List.of());
        }
    }

    private final JsonFile<Snapshot> file;

    public AccountStore(Path configFolder, Clock clock) {
        this.file = new JsonFile<>(configFolder.resolve("accounts.json"), Snapshot.class, clock);
    }

    /** The saved list sorted by bar order; empty if there is none or the file was damaged. */
    public Snapshot load() throws IOException {
        Snapshot stored = file.read().orElse(Snapshot.empty());
        List<SavedAccount> valid = new ArrayList<>();
        for (SavedAccount account : stored.accounts()) {
            // A hand-edited or partly written entry without its essentials is skipped, not fatal.
            if (account != null && account.server() != null && account.id() != null && account.username() != null) {
                valid.add(account);
            }
        }
        valid.sort(Comparator.comparingInt(SavedAccount::order));
        return new Snapshot(1, stored.activeKey(), valid);
    }

    public void save(Snapshot snapshot) throws IOException {
        file.write(snapshot);
    }
}
