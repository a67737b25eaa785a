package social.woolly.core.api;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.time.Instant;
import java.util.List;
import social.woolly.core.model.ScheduledStatus;

/**
 * Statuses the user scheduled for later ({@code POST /api/v1/statuses} with {@code scheduled_at},
 * see {@link StatusMethods#schedule}): list them, move them to another time, cancel them. A server
 * without scheduled statuses (some Mastodon-compatible ones) answers {@link ApiException.NotFound}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/">scheduled_statuses API methods</a>
 */
public final class ScheduledStatusMethods {
    /** The most the server gives in one page. */
    static final int PAGE_LIMIT = 40;

    private static final java.lang.reflect.Type LIST = new TypeToken<List<ScheduledStatus>>() {}.getType();

    private final Requests requests;

    ScheduledStatusMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * A page of scheduled statuses, with cursors from the {@code Link} header (or the ids).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/#get">GET /api/v1/scheduled_statuses</a>
     */
    public ApiCall<Page<ScheduledStatus>> list(PageCursor cursor) {
        return requests.get(
                Requests.page(requests.url("api/v1/scheduled_statuses"), cursor, PAGE_LIMIT),
                Requests.page(LIST, ScheduledStatus::id));
    }

    /**
     * One scheduled status.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/#get-one">GET
     *     /api/v1/scheduled_statuses/:id</a>
     */
    public ApiCall<ScheduledStatus> get(String id) {
        return requests.get(requests.url("api/v1/scheduled_statuses/{}", id), Requests.json(ScheduledStatus.class));
    }

    /**
     * Moves a scheduled status to {@code at}, which must be more than 5 minutes ahead (else the server
     * answers 422 with its reason).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/#update">PUT
     *     /api/v1/scheduled_statuses/:id</a>
     */
    public ApiCall<ScheduledStatus> reschedule(String id, Instant at) {
        JsonObject body = new JsonObject();
        body.addProperty("scheduled_at", at.toString());
        return requests.put(
                requests.url("api/v1/scheduled_statuses/{}", id),
                Requests.json(body),
                Requests.json(ScheduledStatus.class));
    }

    /**
     * Cancels a scheduled status: it will not be published.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/#cancel">DELETE
     *     /api/v1/scheduled_statuses/:id</a>
     */
    public ApiCall<Empty> cancel(String id) {
        return requests.delete(requests.url("api/v1/scheduled_statuses/{}", id), Requests.empty());
    }
}
