package social.woolly.core.api;

import java.util.List;
import okhttp3.FormBody;
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
        // A form with one newline-separated redirect_uris string is what every server takes:
        // the JSON array form is Mastodon 4.3+ only; Pleroma, Akkoma and GoToSocial want the string.
        // Sign-in registers one URI per client all the same: older GoToSocial kept the string as
        // a single URI, so a newline in it failed every authorization.
        FormBody.Builder form = new FormBody.Builder()
                .add("client_name", clientName)
                .add("redirect_uris", String.join("\n", redirectUris))
                .add("scopes", scopes);
        if (website != null) {
            form.add("website", website);
        }
        return requests.post(requests.url("api/v1/apps"), form.build(), Requests.json(Application.class));
    }
}
