package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import social.woolly.core.model.Tag;

/**
 * Hashtags the person follows. The list is paged <em>only</em> by the {@code Link} header: its
 * cursors are ids of the follow records, not of tags. Servers before Mastodon 4.0 (and some
 * others) answer 404: {@link ApiException.NotFound}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/followed_tags/">followed_tags API methods</a>
 */
public final class TagMethods {
    /** Mastodon's default page size here (it allows up to twice that). */
    public static final int FOLLOWED_LIMIT = 100;

    private static final Type TAGS = new TypeToken<List<Tag>>() {}.getType();

    private final Requests requests;

    TagMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * A page of followed hashtags, most recently followed first.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/followed_tags/#get">GET /api/v1/followed_tags</a>
     */
    public ApiCall<Page<Tag>> followed(PageCursor cursor) {
        return requests.get(
                Requests.page(requests.url("api/v1/followed_tags"), cursor, FOLLOWED_LIMIT), Requests.linkPage(TAGS));
    }

    /**
     * Every followed hashtag, following {@code rel="next"} for at most {@code maxPages} pages (a
     * guard against a server that links in circles). Cancelling stops at the page in flight.
     */
    public ApiCall<List<Tag>> allFollowed(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages < 1");
        }
        return new ComposedCall<>(calls -> {
            List<Tag> all = new ArrayList<>();
            PageCursor cursor = PageCursor.newest();
            for (int pages = 0; cursor != null && pages < maxPages; pages++) {
                Page<Tag> page = calls.run(followed(cursor));
                all.addAll(page.items());
                cursor = page.items().isEmpty() ? null : page.older();
            }
            return all;
        });
    }
}
