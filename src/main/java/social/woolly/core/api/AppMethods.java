package social.woolly.core.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Application;

/**
 * Registering Woolly as an OAuth client of a server.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/apps/">apps API methods</a>
 */
public final class AppMethods {
    private final Requests requests;

    AppMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * Registers an app; the answer carries the client id and secret to keep.
     *
     * @param scopes space-separated, e.g. {@code "read write push"}
     * @see <a href="https://docs.joinmastodon.org/methods/apps/#create">POST /api/v1/apps</a>
     */
    public ApiCall<Application> register(
            String clientName, List<String> redirectUris, String scopes, @Nullable String website) {
        JsonObject body = new JsonObject();
        body.addProperty("client_name", clientName);
        JsonArray uris = new JsonArray();
        redirectUris.forEach(uris::add);
        body.add("redirect_uris", uris);
        body.addProperty("scopes", scopes);
        if (website != null) {
            body.addProperty("website", website);
        }
        return requests.post(requests.url("api/v1/apps"), Requests.json(body), Requests.json(Application.class));
    }
}
