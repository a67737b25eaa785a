package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The user's own profile as typed, and posting defaults; only on their own account.
 *
 * @param note the profile text as plain text
 * @param privacy the default visibility for new statuses
 */
public record AccountSource(
        String note,
        List<AccountField> fields,
        @Nullable Visibility privacy,
        @Nullable Boolean sensitive,
        @Nullable String language,
        @Nullable Integer followRequestsCount) {
    public AccountSource {
        note = Missing.text(note);
        fields = Missing.list(fields);
    }
}
