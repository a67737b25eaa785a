package social.woolly.sandbox;

import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** One request on its way through a handler: its URL, parameters, path variables and caller. */
final class SandboxExchange {
    final RecordedRequest request;
    final HttpUrl url;
    final SandboxParams params;
    final SandboxAuth.@Nullable Token token;
    final @Nullable SandboxAccount viewer;
    private final Map<String, String> vars;

    SandboxExchange(
            RecordedRequest request,
            SandboxParams params,
            Map<String, String> vars,
            SandboxAuth.@Nullable Token token,
            @Nullable SandboxAccount viewer) {
        this.request = request;
        this.url = request.getUrl();
        this.params = params;
        this.vars = vars;
        this.token = token;
        this.viewer = viewer;
    }

    String var(String name) {
        String value = vars.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no :" + name);
        }
        return value;
    }

    @Nullable
    Long viewerId() {
        return viewer == null ? null : viewer.id;
    }

    /** The signed-in caller; only for routes with {@link SandboxRoutes.Access#USER}. */
    SandboxAccount user() {
        if (viewer == null) {
            throw new IllegalStateException("route is not USER-only");
        }
        return viewer;
    }

    @Nullable
    String header(String name) {
        return request.getHeaders().get(name);
    }
}
