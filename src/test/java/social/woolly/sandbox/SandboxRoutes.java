package social.woolly.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sandbox's routing table: method and path pattern ({@code /api/v1/statuses/:id}) to handler. */
final class SandboxRoutes {
    /** Who may call a route. */
    enum Access {
        /** Anyone; a token is not even looked at. */
        PUBLIC,
        /** Anyone; a valid user token makes the caller the viewer. */
        OPTIONAL,
        /** A valid token of a signed-in user with the route's scope. */
        USER,
        /** Any valid token, app or user, with the route's scope. */
        APP
    }

    interface Handler {
        SandboxReply handle(SandboxExchange exchange);
    }

    record Route(
            String method,
            List<String> pattern,
            Access access,
            @Nullable String scope,
            Handler handler) {}

    record Match(Route route, Map<String, String> vars) {}

    private final List<Route> routes = new ArrayList<>();

    void get(String path, Access access, @Nullable String scope, Handler handler) {
        add("GET", path, access, scope, handler);
    }

    void post(String path, Access access, @Nullable String scope, Handler handler) {
        add("POST", path, access, scope, handler);
    }

    void put(String path, Access access, @Nullable String scope, Handler handler) {
        add("PUT", path, access, scope, handler);
    }

    void delete(String path, Access access, @Nullable String scope, Handler handler) {
        add("DELETE", path, access, scope, handler);
    }

    private void add(String method, String path, Access access, @Nullable String scope, Handler handler) {
        routes.add(new Route(method, segments(path), access, scope, handler));
    }

    static List<String> segments(String path) {
        List<String> result = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                result.add(segment);
            }
        }
        return result;
    }

    /** The best match: among routes that fit, the one with the most literal segments wins. */
    @Nullable
    Match match(String method, List<String> path) {
        Match best = null;
        int bestScore = -1;
        for (Route route : routes) {
            if (!route.method().equals(method) || route.pattern().size() != path.size()) {
                continue;
            }
            Map<String, String> vars = new HashMap<>();
            int score = 0;
            boolean fits = true;
            for (int i = 0; i < path.size() && fits; i++) {
                String p = route.pattern().get(i);
                if (p.startsWith(":")) {
                    vars.put(p.substring(1), path.get(i));
                } else if (p.equals(path.get(i))) {
                    score++;
                } else {
                    fits = false;
                }
            }
            if (fits && score > bestScore) {
                best = new Match(route, vars);
                bestScore = score;
            }
        }
        return best;
    }
}
