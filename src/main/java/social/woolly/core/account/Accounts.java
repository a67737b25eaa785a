package social.woolly.core.account;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.model.Account;
import social.woolly.core.store.TokenStore;
import social.woolly.core.store.TokenStoreException;

/**
 * Every account added to Woolly: restores them at start, adds and updates them after a sign-in,
 * switches the active one, marks rejected ones signed out and removes them. Persists the list
 * ({@link AccountStore}) and tokens ({@link TokenStore}) on every change.
 *
 * <p>Blocking (files, keychain): call it off the JavaFX thread. Thread-safe.
 */
public final class Accounts {
    private final AccountStore store;
    private final TokenStore secrets;
    private final MastodonClient client;
    private final Path dataRoot;
    private final Path cacheRoot;
    private final Clock clock;
    private final List<AccountSession> sessions = new ArrayList<>();
    private @Nullable String activeKey;

    /** Data and caches under one root: for tests. */
    public Accounts(AccountStore store, TokenStore secrets, MastodonClient client, Path dataRoot, Clock clock) {
        this(store, secrets, client, dataRoot, dataRoot.resolve("cache"), clock);
    }

    /**
     * @param dataRoot where each account's own folder goes ({@code accounts/<id>})
     * @param cacheRoot where each account's caches go ({@code accounts/<id>}), deleted with it
     */
    public Accounts(
            AccountStore store, TokenStore secrets, MastodonClient client, Path dataRoot, Path cacheRoot, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.client = client;
        this.dataRoot = dataRoot;
        this.cacheRoot = cacheRoot;
        this.clock = clock;
    }

    /** What the account list looks like now. */
    public record State(
            List<AccountSession> sessions, @Nullable String activeKey) {
        public State {
            sessions = List.copyOf(sessions);
        }

        public Optional<AccountSession> active() {
            return sessions.stream().filter(s -> s.key().equals(activeKey)).findFirst();
        }
    }

    /**
     * Reads the saved list and each token. An account whose token is missing from the keychain is
     * kept, marked signed out: nothing is deleted silently.
     */
    public synchronized State load() throws IOException, TokenStoreException {
        AccountStore.Snapshot snapshot = store.load();
        sessions.clear();
        for (SavedAccount saved : snapshot.accounts()) {
            Optional<String> token = secrets.get(saved.tokenKey());
            SavedAccount account = token.isPresent() ? saved : saved.withSignedOut(true);
            sessions.add(session(account, token.orElse(null)));
        }
        activeKey = snapshot.activeKey();
        if (sessions.stream().noneMatch(s -> s.key().equals(activeKey))) {
            activeKey = sessions.stream()
                    .max(Comparator.comparing(
                            s -> Optional.ofNullable(s.account().lastActive()).orElse(java.time.Instant.EPOCH)))
                    .map(AccountSession::key)
                    .orElse(null);
        }
        return state();
    }

    public synchronized State state() {
        return new State(sessions, activeKey);
    }

    /**
     * Adds the account that just signed in and makes it active; the same person signed in again
     * replaces their entry (same place in the bar) instead of adding a second one.
     */
    public synchronized State add(SignedIn signedIn) throws IOException, TokenStoreException {
        Account who = signedIn.account();
        String key = SavedAccount.keyOf(who.username(), signedIn.server());
        int existing = indexOf(key);
        int order = existing >= 0 ? sessions.get(existing).account().order() : nextOrder();
        SavedAccount saved = new SavedAccount(
                signedIn.server().toString(),
                who.id(),
                who.username(),
                who.displayName(),
                who.avatarStatic() != null ? who.avatarStatic() : who.avatar(),
                order,
                clock.instant(),
                false);
        secrets.put(saved.tokenKey(), signedIn.token().value());
        AccountSession session = session(saved, signedIn.token().value());
        if (existing >= 0) {
            sessions.set(existing, session);
        } else {
            sessions.add(session);
        }
        activeKey = key;
        save();
        return state();
    }

    /** Makes {@code key} the active account and remembers when it was last used. */
    public synchronized State activate(String key) throws IOException {
        int index = indexOf(key);
        if (index < 0) {
            return state();
        }
        AccountSession session = sessions.get(index);
        sessions.set(index, session.withAccount(session.account().withLastActive(clock.instant())));
        activeKey = key;
        save();
        return state();
    }

    /** Refreshes the name and avatar shown for an account from a fresh verify_credentials. */
    public synchronized State refreshProfile(String key, Account fresh) throws IOException {
        int index = indexOf(key);
        if (index < 0) {
            return state();
        }
        AccountSession session = sessions.get(index);
        SavedAccount old = session.account();
        SavedAccount updated = new SavedAccount(
                old.server(),
                old.id(),
                old.username(),
                fresh.displayName(),
                fresh.avatarStatic() != null ? fresh.avatarStatic() : fresh.avatar(),
                old.order(),
                old.lastActive(),
                false);
        sessions.set(index, session.withAccount(updated));
        save();
        return state();
    }

    /** The server rejected this account's token: keep it, marked "signed out — sign in again". */
    public synchronized State markSignedOut(String key) throws IOException {
        int index = indexOf(key);
        if (index >= 0 && !sessions.get(index).account().signedOut()) {
            AccountSession session = sessions.get(index);
            sessions.set(index, session.withAccount(session.account().withSignedOut(true)));
            save();
        }
        return state();
    }

    /**
     * Forgets an account: its token (after {@code revoke} has had a chance to tell the server), its
     * local data and its place in the bar. The next account becomes active if it was.
     *
     * @param revoke tells the server to revoke the token; best effort, called before deletion
     */
    public synchronized State remove(String key, Revoker revoke) throws IOException, TokenStoreException {
        int index = indexOf(key);
        if (index < 0) {
            return state();
        }
        AccountSession session = sessions.get(index);
        Optional<String> token = secrets.get(session.account().tokenKey());
        if (token.isPresent()) {
            revoke.revoke(URI.create(session.account().server()), AccessToken.of(token.get()));
        }
        secrets.delete(session.account().tokenKey());
        deleteTree(session.dataFolder());
        deleteTree(session.cacheFolder());
        sessions.remove(index);
        if (key.equals(activeKey)) {
            activeKey = sessions.isEmpty()
                    ? null
                    : sessions.get(Math.min(index, sessions.size() - 1)).key();
        }
        save();
        return state();
    }

    /** Tells a server to revoke a token; failures are the revoker's to swallow. */
    @FunctionalInterface
    public interface Revoker {
        void revoke(URI server, AccessToken token) throws TokenStoreException;
    }

    private AccountSession session(SavedAccount account, @Nullable String token) {
        AccessToken access = token == null ? null : AccessToken.of(token);
        MastodonApi api = client.api(URI.create(account.server()), access);
        String folder = folderName(account.key());
        return new AccountSession(
                account,
                api,
                access,
                dataRoot.resolve("accounts").resolve(folder),
                cacheRoot.resolve("accounts").resolve(folder));
    }

    /** A file-system-safe, stable folder name for an account key. */
    static String folderName(String key) {
        return HexFormat.of().formatHex(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private int indexOf(String key) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int nextOrder() {
        return sessions.stream().mapToInt(s -> s.account().order()).max().orElse(-1) + 1;
    }

    private void save() throws IOException {
        List<SavedAccount> saved = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            saved.add(sessions.get(i).account().withOrder(i));
        }
        store.save(new AccountStore.Snapshot(1, activeKey, saved));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
