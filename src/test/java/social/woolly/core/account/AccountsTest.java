package social.woolly.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.model.Account;
import social.woolly.core.store.InMemoryTokenStore;

class AccountsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final MastodonClient CLIENT = new MastodonClient(new OkHttpClient());

    @TempDir
    Path dir;

    private final InMemoryTokenStore secrets = new InMemoryTokenStore();

    private Accounts accounts() {
        return new Accounts(
                new AccountStore(dir.resolve("config"), CLOCK), secrets, CLIENT, dir.resolve("data"), CLOCK);
    }

    private static Account who(String id, String username) {
        try {
            return Json.read("""
                    {"id":"%s","username":"%s","acct":"%s","display_name":"%s","avatar":"https://img.example/a.png"}""".formatted(id, username, username, username.toUpperCase()), Account.class);
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }

    private static SignedIn signedIn(String server, String id, String username, String token) {
        return new SignedIn(URI.create(server), who(id, username), AccessToken.of(token), "read write push");
    }

    @Test
    void add_storesTokenInStoreAndNotInTheListFile() throws Exception {
        accounts().add(signedIn("https://a.example", "9f8Ab", "alice", "tok-secret-1"));

        assertThat(secrets.get("token:alice@a.example")).contains("tok-secret-1");
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain("tok-secret-1");
            }
        }
    }

    @Test
    void add_samePersonTwice_updatesInsteadOfDuplicating() throws Exception {
        Accounts accounts = accounts();
        accounts.add(signedIn("https://a.example", "1", "alice", "old"));
        accounts.add(signedIn("https://b.example", "2", "bob", "b"));

        Accounts.State state = accounts.add(signedIn("https://a.example", "1", "Alice", "new"));

        assertThat(state.sessions())
                .extracting(AccountSession::key)
                .containsExactly("alice@a.example", "bob@b.example");
        assertThat(state.activeKey()).isEqualTo("alice@a.example");
        assertThat(secrets.get("token:alice@a.example")).contains("new");
    }

    @Test
    void load_restoresEveryAccountAndTheActiveOne() throws Exception {
        Accounts first = accounts();
        first.add(signedIn("https://a.example", "1", "alice", "a"));
        first.add(signedIn("http://127.0.0.1:8765", "2", "bob", "b"));
        first.activate("alice@a.example");

        Accounts.State restored = accounts().load();

        assertThat(restored.sessions())
                .extracting(AccountSession::key)
                .containsExactly("alice@a.example", "bob@127.0.0.1:8765");
        assertThat(restored.active().map(AccountSession::key)).contains("alice@a.example");
        assertThat(restored.sessions()).allMatch(s -> !s.account().signedOut());
    }

    @Test
    void load_tokenMissingFromKeychain_keepsAccountSignedOut() throws Exception {
        accounts().add(signedIn("https://a.example", "1", "alice", "a"));
        secrets.delete("token:alice@a.example");

        Accounts.State restored = accounts().load();

        assertThat(restored.sessions())
                .singleElement()
                .satisfies(s -> assertThat(s.account().signedOut()).isTrue());
    }

    @Test
    void markSignedOut_keepsAccountAndToken() throws Exception {
        Accounts accounts = accounts();
        accounts.add(signedIn("https://a.example", "1", "alice", "a"));

        Accounts.State state = accounts.markSignedOut("alice@a.example");

        assertThat(state.sessions())
                .singleElement()
                .satisfies(s -> assertThat(s.account().signedOut()).isTrue());
        assertThat(accounts().load().sessions().getFirst().account().signedOut())
                .isTrue();
    }

    @Test
    void remove_revokesThenDeletesTokenAndDataAndPicksNextActive() throws Exception {
        Accounts accounts = accounts();
        accounts.add(signedIn("https://a.example", "1", "alice", "a-token"));
        Accounts.State withBob = accounts.add(signedIn("https://b.example", "2", "bob", "b-token"));
        Path bobData = withBob.active().orElseThrow().dataFolder();
        Files.createDirectories(bobData.resolve("cache"));
        Files.writeString(bobData.resolve("cache/timeline.db"), "x");
        List<String> revoked = new ArrayList<>();

        Accounts.State state =
                accounts.remove("bob@b.example", (server, token) -> revoked.add(server + " " + token.value()));

        assertThat(revoked).containsExactly("https://b.example b-token");
        assertThat(secrets.get("token:bob@b.example")).isEmpty();
        assertThat(bobData).doesNotExist();
        assertThat(state.activeKey()).isEqualTo("alice@a.example");
        assertThat(accounts().load().sessions()).extracting(AccountSession::key).containsExactly("alice@a.example");
    }

    @Test
    void sessions_haveSeparateApisAndFolders() throws Exception {
        Accounts accounts = accounts();
        accounts.add(signedIn("https://a.example", "1", "alice", "a"));
        Accounts.State state = accounts.add(signedIn("https://a.example", "2", "ann", "b"));

        AccountSession alice = state.sessions().get(0);
        AccountSession ann = state.sessions().get(1);
        assertThat(alice.api()).isNotSameAs(ann.api());
        assertThat(alice.dataFolder()).isNotEqualTo(ann.dataFolder());
        assertThat(Objects.requireNonNull(alice.dataFolder().getFileName()).toString())
                .matches("[0-9a-f]+");
    }
}
