package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * An account mentioned in a status.
 *
 * @param id the mentioned account's id
 */
public record Mention(
        String id, String username, String acct, @Nullable String url) {
    public Mention {
        id = Missing.text(id);
        username = Missing.text(username);
        acct = Missing.text(acct);
    }
}
