package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.util.List;
import okhttp3.HttpUrl;
import social.woolly.core.model.GroupedNotificationsResults;
import social.woolly.core.model.Notification;
import social.woolly.core.model.NotificationGroup;

/**
 * Notifications, plain (v1, every server) and grouped (v2, Mastodon 4.3+).
 *
 * <p>A server without grouped notifications answers {@link #grouped} with {@link
 * ApiException.NotFound}; falling back to {@link #list} is the caller's choice.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/notifications/">notifications API methods</a>
 */
public final class NotificationMethods {
    /** The page size Woolly asks for (the server's own default; it allows up to 80). */
    public static final int DEFAULT_LIMIT = 40;

    /** The types Woolly shows grouped; others come as single-notification groups. */
    static final List<String> GROUPED_TYPES = List.of("favourite", "follow", "reblog", "admin.sign_up");

    private final Requests requests;

    NotificationMethods(Requests requests) {
        this.requests = requests;
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/notifications/#get">GET /api/v1/notifications</a> */
    public ApiCall<Page<Notification>> list(PageCursor cursor) {
        HttpUrl.Builder url = Requests.page(requests.url("api/v1/notifications"), cursor, DEFAULT_LIMIT);
        return requests.get(url, Requests.page(new TypeToken<List<Notification>>() {}.getType(), Notification::id));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/notifications/#get-one">GET /api/v1/notifications/:id</a> */
    public ApiCall<Notification> get(String id) {
        return requests.get(requests.url("api/v1/notifications/{}", id), Requests.json(Notification.class));
    }

    /**
     * A page of grouped notifications.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/grouped_notifications/#get-grouped">GET
     *     /api/v2/notifications</a>
     */
    public ApiCall<GroupedNotificationsPage> grouped(PageCursor cursor) {
        HttpUrl.Builder url = Requests.page(requests.url("api/v2/notifications"), cursor, DEFAULT_LIMIT);
        GROUPED_TYPES.forEach(type -> url.addQueryParameter("grouped_types[]", type));
        ResponseReader<GroupedNotificationsResults> json = Requests.json(GroupedNotificationsResults.class);
        return requests.get(url, (response, body) -> {
            GroupedNotificationsResults results = json.read(response, body);
            Requests.Cursors cursors = Requests.cursors(
                    response, results.notificationGroups(), NotificationGroup::pageMinId, NotificationGroup::pageMaxId);
            return new GroupedNotificationsPage(results, cursors.older(), cursors.newer());
        });
    }
}
