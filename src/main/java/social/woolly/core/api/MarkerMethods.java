package social.woolly.core.api;

import okhttp3.FormBody;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Marker;

/**
 * Read positions shared between the user's clients.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/markers/">markers API methods</a>
 */
public final class MarkerMethods {
    private final Requests requests;

    MarkerMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * The home and notifications markers.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/markers/#get">GET /api/v1/markers</a>
     */
    public ApiCall<Marker.Markers> get() {
        var url = requests.url("api/v1/markers")
                .addQueryParameter("timeline[]", "home")
                .addQueryParameter("timeline[]", "notifications");
        return requests.get(url, Requests.json(Marker.Markers.class));
    }

    /**
     * Saves either marker or both; a {@code null} one is left as it is.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/markers/#create">POST /api/v1/markers</a>
     */
    public ApiCall<Marker.Markers> save(@Nullable String homeLastReadId, @Nullable String notificationsLastReadId) {
        if (homeLastReadId == null && notificationsLastReadId == null) {
            throw new IllegalArgumentException("nothing to save");
        }
        var form = new FormBody.Builder();
        if (homeLastReadId != null) {
            form.add("home[last_read_id]", homeLastReadId);
        }
        if (notificationsLastReadId != null) {
            form.add("notifications[last_read_id]", notificationsLastReadId);
        }
        return requests.post(requests.url("api/v1/markers"), form.build(), Requests.json(Marker.Markers.class));
    }
}
