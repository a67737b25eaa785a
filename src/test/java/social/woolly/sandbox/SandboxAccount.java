package social.woolly.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account on the sandbox: local (has a password) or remote (has a domain). Guarded by the store lock. */
final class SandboxAccount {
    /** A profile field; {@code value} is HTML. */
    record Field(String name, String value, @Nullable Instant verifiedAt) {}

    final long id;
    final String username;
    final @Nullable String domain;
    final Instant createdAt;
    final @Nullable String password;
    final int hue;
    String displayName;
    String note;
    boolean bot;
    boolean locked;
    final List<Field> fields = new ArrayList<>();
    final List<Long> pinned = new ArrayList<>();

    SandboxAccount(
            long id,
            String username,
            @Nullable String domain,
            Instant createdAt,
            @Nullable String password,
            int hue,
            String displayName,
            String note) {
        this.id = id;
        this.username = username;
        this.domain = domain;
        this.createdAt = createdAt;
        this.password = password;
        this.hue = hue;
        this.displayName = displayName;
        this.note = note;
    }

    boolean isLocal() {
        return domain == null;
    }

    /** {@code username} for local accounts, {@code username@domain} for remote ones. */
    String acct() {
        return domain == null ? username : username + "@" + domain;
    }
}
