package social.woolly.core.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Notification;
import social.woolly.core.model.Status;

/** What every endpoint group shares: the server, the token, the client, and request plumbing. */
final class Requests {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final HttpUrl base;
    private final @Nullable AccessToken token;
    private final Clock clock;

    Requests(OkHttpClient client, HttpUrl base, @Nullable AccessToken token, Clock clock) {
        this.client = client;
        this.base = base;
        this.token = token;
        this.clock = clock;
    }

    /**
     * A URL on this server from a path template: each {@code {}} is replaced by the next argument as
     * one encoded path segment, so an id can never add a segment or a query.
     */
    HttpUrl.Builder url(String template, String... args) {
        HttpUrl.Builder url = base.newBuilder();
        int next = 0;
        for (String segment : template.split("/")) {
            url.addPathSegment(segment.equals("{}") ? args[next++] : segment);
        }
        return url;
    }

    /** Adds the cursor's ids, and any other paging parameters it carries, as query parameters. */
    static HttpUrl.Builder page(HttpUrl.Builder url, PageCursor cursor, int limit) {
        addIfPresent(url, "max_id", cursor.maxId());
        addIfPresent(url, "min_id", cursor.minId());
        addIfPresent(url, "since_id", cursor.sinceId());
        cursor.params().forEach(url::setQueryParameter);
        return url.addQueryParameter("limit", Integer.toString(limit));
    }

    static HttpUrl.Builder addIfPresent(HttpUrl.Builder url, String name, @Nullable String value) {
        return value == null ? url : url.addQueryParameter(name, value);
    }

    static RequestBody json(Object body) {
        return RequestBody.create(Json.write(body), JSON);
    }

    <T> ApiCall<T> get(HttpUrl.Builder url, ResponseReader<T> reader) {
        return call(new Request.Builder().url(url.build()).get(), reader);
    }

    <T> ApiCall<T> post(HttpUrl.Builder url, RequestBody body, ResponseReader<T> reader) {
        return call(new Request.Builder().url(url.build()).post(body), reader);
    }

    <T> ApiCall<T> post(HttpUrl.Builder url, ResponseReader<T> reader) {
        return post(url, RequestBody.create(new byte[0]), reader);
    }

    <T> ApiCall<T> put(HttpUrl.Builder url, RequestBody body, ResponseReader<T> reader) {
        return call(new Request.Builder().url(url.build()).put(body), reader);
    }

    <T> ApiCall<T> delete(HttpUrl.Builder url, ResponseReader<T> reader) {
        return call(new Request.Builder().url(url.build()).delete(), reader);
    }

    /** Sends with {@code Authorization: Bearer …} when this API has a token. */
    <T> ApiCall<T> call(Request.Builder request, ResponseReader<T> reader) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token.value());
        }
        return callWithoutToken(request, reader);
    }

    /** Sends without the user's token (OAuth endpoints, discovery). */
    <T> ApiCall<T> callWithoutToken(Request.Builder request, ResponseReader<T> reader) {
        request.header("Accept", "application/json");
        return new OkHttpApiCall<>(client.newCall(request.build()), reader, clock);
    }

    /**
     * Sends without the user's token and without asking for JSON: files (media of a status) that
     * may live on another host, which must never see the token.
     */
    <T> ApiCall<T> fetchFile(Request.Builder request, ResponseReader<T> reader) {
        return new OkHttpApiCall<>(client.newCall(request.build()), reader, clock);
    }

    /** Reads the body as JSON of {@code type}; an HTML page (a login wall, a proxy) is a bad response. */
    static <T> ResponseReader<T> json(Type type) {
        return (response, body) -> {
            MediaType contentType = response.body().contentType();
            if (contentType != null
                    && contentType.subtype().toLowerCase(Locale.ROOT).equals("html")) {
                throw new ApiException.BadResponse("HTML page instead of JSON", null);
            }
            return Json.read(body, type);
        };
    }

    static <T> ResponseReader<T> json(Class<T> type) {
        return json((Type) type);
    }

    static ResponseReader<Empty> empty() {
        return (response, body) -> Empty.INSTANCE;
    }

    /**
     * Reads a JSON array into a {@link Page}: cursors from the {@code Link} header when there is
     * one, else from the first and last item ids.
     */
    static <T> ResponseReader<Page<T>> page(Type listType, Function<T, String> id) {
        ResponseReader<List<T>> items = json(listType);
        boolean adjacentNewer = pagesNewerByMinId(listType);
        return (response, body) -> {
            List<T> list = items.read(response, body);
            Cursors cursors = cursors(response, list, id, id);
            PageCursor newer = cursors.newer();
            return new Page<>(list, cursors.older(), adjacentNewer && newer != null ? adjacent(newer) : newer);
        };
    }

    // Statuses and notifications page newer by min_id on every server read. snac (home) and
    // GoToSocial (notifications) still put since_id in the prev link: a since_id page is the newest
    // items above the id, not those just above it, so filling a gap upwards from it would skip what
    // lies between. Other lists keep since_id: Mastodon's list members and followed tags take no min_id.
    private static boolean pagesNewerByMinId(Type listType) {
        return listType instanceof ParameterizedType list
                && (list.getActualTypeArguments()[0] == Status.class
                        || list.getActualTypeArguments()[0] == Notification.class);
    }

    private static PageCursor adjacent(PageCursor newer) {
        return newer.sinceId() != null && newer.minId() == null && newer.maxId() == null
                ? new PageCursor(null, newer.sinceId(), null, newer.params())
                : newer;
    }

    /**
     * Reads a JSON array into a {@link Page} paged <em>only</em> by the {@code Link} header, for
     * lists whose cursors are ids of records the client never sees (bookmarks, tag follows): without
     * the header, the page has no cursors at all, never ones made from item ids.
     */
    static <T> ResponseReader<Page<T>> linkPage(Type listType) {
        ResponseReader<List<T>> items = json(listType);
        return (response, body) -> {
            List<T> list = items.read(response, body);
            Cursors cursors = response.header("Link") == null
                    ? new Cursors(null, null)
                    : cursors(response, list, item -> null, item -> null);
            return new Page<>(list, cursors.older(), cursors.newer());
        };
    }

    /** The cursors of a page: where to go older and newer. */
    record Cursors(@Nullable PageCursor older, @Nullable PageCursor newer) {}

    /**
     * A page's cursors: from the {@code Link} header ({@code rel="next"} is older, {@code prev}
     * newer) when the server sent one; else {@code max_id} of the oldest item and {@code min_id}
     * of the newest.
     */
    static <T> Cursors cursors(
            Response response,
            List<T> items,
            Function<T, @Nullable String> oldestIdOf,
            Function<T, @Nullable String> newestIdOf) {
        String header = response.header("Link");
        if (header != null) {
            LinkHeader links = LinkHeader.parse(header);
            HttpUrl requested = response.request().url();
            return new Cursors(
                    links.find("next")
                            .map(link -> LinkHeader.cursorOf(link, requested))
                            .orElse(null),
                    links.find("prev")
                            .or(() -> links.find("previous"))
                            .map(link -> LinkHeader.cursorOf(link, requested))
                            .orElse(null));
        }
        if (items.isEmpty()) {
            return new Cursors(null, null);
        }
        String oldest = oldestIdOf.apply(items.getLast());
        String newest = newestIdOf.apply(items.getFirst());
        return new Cursors(
                oldest == null ? null : PageCursor.olderThan(oldest),
                newest == null ? null : PageCursor.newerThan(newest));
    }
}
