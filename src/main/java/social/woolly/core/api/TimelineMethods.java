package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.List;
import okhttp3.HttpUrl;
import social.woolly.core.model.Status;

/**
 * Timelines: lists of statuses, newest first, paged by {@link PageCursor}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/timelines/">timelines API methods</a>
 */
public final class TimelineMethods {
    /** The most statuses Mastodon returns per page, and what Woolly always asks for. */
    public static final int DEFAULT_LIMIT = 40;

    static final Type STATUSES = new TypeToken<List<Status>>() {}.getType();

    /** Which part of the public timeline. */
    public enum Scope {
        /** Local and remote statuses. */
        ALL,
        /** Only statuses from this server ({@code local=true}). */
        LOCAL,
        /** Only statuses from other servers ({@code remote=true}). */
        REMOTE
    }

    private final Requests requests;

    TimelineMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * The newest page of the home timeline.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#home">GET /api/v1/timelines/home</a>
     */
    public ApiCall<Page<Status>> home() {
        return home(PageCursor.newest());
    }

    /**
     * A page of the home timeline.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#home">GET /api/v1/timelines/home</a>
     */
    public ApiCall<Page<Status>> home(PageCursor cursor) {
        return home(cursor, DEFAULT_LIMIT);
    }

    /**
     * A page of the home timeline of at most {@code limit} statuses (the server caps it at 40).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#home">GET /api/v1/timelines/home</a>
     */
    public ApiCall<Page<Status>> home(PageCursor cursor, int limit) {
        return statuses(requests.url("api/v1/timelines/home"), cursor, limit);
    }

    /**
     * A page of the public timeline.
     *
     * @param onlyMedia only statuses with media attachments
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#public">GET /api/v1/timelines/public</a>
     */
    public ApiCall<Page<Status>> publicTimeline(Scope scope, boolean onlyMedia, PageCursor cursor) {
        return statuses(scoped(requests.url("api/v1/timelines/public"), scope, onlyMedia), cursor, DEFAULT_LIMIT);
    }

    /**
     * A page of statuses with a hashtag.
     *
     * @param hashtag without the {@code #}
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#tag">GET /api/v1/timelines/tag/:hashtag</a>
     */
    public ApiCall<Page<Status>> tag(String hashtag, Scope scope, boolean onlyMedia, PageCursor cursor) {
        HttpUrl.Builder url = requests.url("api/v1/timelines/tag/{}", hashtag);
        return statuses(scoped(url, scope, onlyMedia), cursor, DEFAULT_LIMIT);
    }

    /**
     * A page of a list's timeline.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/timelines/#list">GET /api/v1/timelines/list/:list_id</a>
     */
    public ApiCall<Page<Status>> list(String listId, PageCursor cursor) {
        return statuses(requests.url("api/v1/timelines/list/{}", listId), cursor, DEFAULT_LIMIT);
    }

    private ApiCall<Page<Status>> statuses(HttpUrl.Builder url, PageCursor cursor, int limit) {
        return requests.get(Requests.page(url, cursor, limit), Requests.page(STATUSES, Status::id));
    }

    private static HttpUrl.Builder scoped(HttpUrl.Builder url, Scope scope, boolean onlyMedia) {
        switch (scope) {
            case LOCAL -> url.addQueryParameter("local", "true");
            case REMOTE -> url.addQueryParameter("remote", "true");
            case ALL -> {}
        }
        return onlyMedia ? url.addQueryParameter("only_media", "true") : url;
    }
}
