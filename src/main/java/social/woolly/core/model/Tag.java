package social.woolly.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hashtag; {@code name} is without the {@code #}. {@code history} is only present where the
 * server sends it (trends, search), most recent day first.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Tag/">Tag</a>
 */
public record Tag(
        String name,
        @Nullable String url,
        List<History> history,
        @Nullable Boolean following) {
    public Tag {
        name = Missing.text(name);
        history = Missing.list(history);
    }

    /**
     * Use of a tag on one day. Mastodon sends these numbers as strings; they stay strings.
     *
     * @param day UNIX timestamp of the day's start
     */
    public record History(String day, String uses, String accounts) {
        public History {
            day = Missing.text(day);
            uses = Missing.text(uses);
            accounts = Missing.text(accounts);
        }
    }
}
