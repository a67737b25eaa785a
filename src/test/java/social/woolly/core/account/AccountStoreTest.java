package social.woolly.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static SavedAccount account(String user, String server, int order) {
        return new SavedAccount(server, "AbC" + order, user, user.toUpperCase(), null, order, null, false);
    }

    @Test
    void save_thenLoad_keepsAccountsInBarOrderAndActiveKey() throws Exception {
        AccountStore store = new AccountStore(dir, CLOCK);
        SavedAccount bob = account("bob", "https://b.example", 1).withLastActive(Instant.parse("2026-11-27T09:00:00Z"));
        SavedAccount alice = account("alice", "http://127.0.0.1:8765", 0);

        store.save(new AccountStore.Snapshot(1, bob.key(), List.of(bob, alice)));
        AccountStore.Snapshot loaded = new AccountStore(dir, CLOCK).load();

        assertThat(loaded.accounts()).containsExactly(alice, bob);
        assertThat(loaded.activeKey()).isEqualTo("bob@b.example");
    }

    @Test
    void load_withoutFile_isEmpty() throws Exception {
        assertThat(new AccountStore(dir, CLOCK).load().accounts()).isEmpty();
    }

    @Test
    void load_damagedFile_movesItAsideAndStartsEmpty() throws Exception {
        Files.writeString(dir.resolve("accounts.json"), "{\"accounts\": [ {\"server\": ");

        AccountStore.Snapshot loaded = new AccountStore(dir, CLOCK).load();

        assertThat(loaded.accounts()).isEmpty();
        assertThat(dir.resolve("accounts.json.broken-" + CLOCK.millis())).exists();
        assertThat(dir.resolve("accounts.json")).doesNotExist();
    }

    @Test
    void load_entryWithoutEssentials_isSkipped() throws Exception {
        Files.writeString(dir.resolve("accounts.json"), """
                {"version":1,"accounts":[{"server":"https://a.example","id":"1","username":"ann",
                 "displayName":"Ann","order":0,"signedOut":false},{"displayName":"ghost"}]}""");

        assertThat(new AccountStore(dir, CLOCK).load().accounts())
                .extracting(SavedAccount::username)
                .containsExactly("ann");
    }

    @Test
    void key_ignoresCase_andKeepsPort() {
        assertThat(account("Alice", "https://Social.Example:8443", 0).key()).isEqualTo("alice@social.example:8443");
        assertThat(account("alice", "https://social.example", 0).handle()).isEqualTo("@alice@social.example");
    }
}
