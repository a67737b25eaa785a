package social.woolly.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One name/value pair on a profile; {@code value} is HTML.
 *
 * @param verifiedAt when the server verified a link in {@code value} (rel=me), if it did
 */
public record AccountField(
        String name, String value, @Nullable Instant verifiedAt) {
    public AccountField {
        name = Missing.text(name);
        value = Missing.text(value);
    }
}
