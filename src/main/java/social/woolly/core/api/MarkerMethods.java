package social.woolly.core.api;

import com.google.gson.JsonObject;
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
     * Saves either marker or both; a {@code null} one is left as it is. The body is JSON, {@code
     * {"home":{"last_read_id":"…"}}}: Hollo reads markers only from JSON and saves nothing from a
     * form, while Mastodon, GoToSocial, Pleroma and snac read both.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/markers/#create">POST /api/v1/markers</a>
     */
    public ApiCall<Marker.Markers> save(@Nullable String homeLastReadId, @Nullable String notificationsLastReadId) {
        if (homeLastReadId == null && notificationsLastReadId == null) {
            throw new IllegalArgumentException("nothing to save");
        }
        JsonObject body = new JsonObject();
        addMarker(body, "home", homeLastReadId);
        addMarker(body, "notifications", notificationsLastReadId);
        return requests.post(requests.url("api/v1/markers"), Requests.json(body), Requests.json(Marker.Markers.class));
    }

    private static void addMarker(JsonObject body, String timeline, @Nullable String lastReadId) {
        if (lastReadId != null) {
            JsonObject marker = new JsonObject();
            marker.addProperty("last_read_id", lastReadId);
            body.add(timeline, marker);
        }
    }
}
