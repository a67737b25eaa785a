package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user account, local or remote.
 *
 * <p>{@code acct} is {@code username} for local accounts and {@code username@domain} for remote
 * ones. {@code source} is only present on the user's own account (verify_credentials).
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Account/">Account</a>
 */
public record Account(
        String id,
        String username,
        String acct,
        @Nullable String url,
        String displayName,
        String note,
        @Nullable String avatar,
        @Nullable String avatarStatic,
        @Nullable String header,
        @Nullable String headerStatic,
        boolean locked,
        boolean bot,
        boolean group,
        @Nullable Boolean discoverable,
        @Nullable Boolean noindex,
        @Nullable Boolean suspended,
        @Nullable Boolean limited,
        @Nullable Instant createdAt,
        @Nullable Instant lastStatusAt,
        int statusesCount,
        int followersCount,
        int followingCount,
        List<AccountField> fields,
        List<CustomEmoji> emojis,
        @Nullable Account moved,
        @Nullable AccountSource source) {

    public Account {
        Objects.requireNonNull(id, "account id");
        username = Missing.text(username);
        acct = acct == null ? username : acct;
        displayName = Missing.text(displayName);
        note = Missing.text(note);
        fields = Missing.list(fields);
        emojis = Missing.list(emojis);
    }
}
