package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.model.Status;

/** Statuses for timeline tests, decoded from small API-shaped JSON like a server's. */
final class TestStatuses {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String HIDE_FILTER = "[{\"filter\":{\"id\":\"f1\",\"title\":\"spoilers\","
            + "\"context\":[\"home\"],\"filter_action\":\"hide\"},\"keyword_matches\":[\"spoiler\"]}]";
    private static final String WARN_FILTER = HIDE_FILTER.replace("\"hide\"", "\"warn\"");

    private TestStatuses() {}

    static Status status(String id) {
        return status(id, uriOf(id));
    }

    static Status status(String id, String uri) {
        return decode(json(id, uri, "<p>post " + id + "</p>", ""));
    }

    /** The same post (same uri) with other content, e.g. after an edit. */
    static Status edited(String id, String content) {
        return decode(json(id, uriOf(id), content, ""));
    }

    static Status hidden(String id) {
        return decode(json(id, uriOf(id), "<p>spoiler</p>", ",\"filtered\":" + HIDE_FILTER));
    }

    static Status warned(String id) {
        return decode(json(id, uriOf(id), "<p>spoiler</p>", ",\"filtered\":" + WARN_FILTER));
    }

    /** A reblog: its own id and uri, wrapping {@code reblogged}. */
    static Status reblog(String id, String rebloggedId) {
        String inner = json(rebloggedId, uriOf(rebloggedId), "<p>post " + rebloggedId + "</p>", "");
        return decode(json(id, uriOf(id) + "/activity", "", ",\"reblog\":" + inner));
    }

    /** A reblog of a status a filter hides: the reblog is hidden too. */
    static Status reblogOfHidden(String id, String rebloggedId) {
        String inner = json(rebloggedId, uriOf(rebloggedId), "<p>spoiler</p>", ",\"filtered\":" + HIDE_FILTER);
        return decode(json(id, uriOf(id) + "/activity", "", ",\"reblog\":" + inner));
    }

    static String uriOf(String id) {
        return "https://akkoma.example/objects/" + id;
    }

    /**
     * {@code n} ids as Pleroma/Akkoma flake ids look: base62, not in any order a sort could
     * recover, so a model that sorted by id would scramble the timeline.
     */
    static List<String> flakeIds(int n, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        while (ids.size() < n) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                id.append(BASE62.charAt(random.nextInt(BASE62.length())));
            }
            if (!ids.contains(id.toString())) {
                ids.add(id.toString());
            }
        }
        return ids;
    }

    private static String json(String id, String uri, String content, String extra) {
        return "{\"id\":\"" + id + "\",\"uri\":\"" + uri + "\",\"created_at\":\"2025-03-08T12:00:00Z\","
                + "\"account\":{\"id\":\"a1\",\"username\":\"ann\",\"acct\":\"ann@akkoma.example\"},"
                + "\"content\":\"" + content + "\"" + extra + "}";
    }

    private static Status decode(String json) {
        try {
            return Json.read(json, Status.class);
        } catch (ApiException.BadResponse e) {
            throw new AssertionError(e);
        }
    }
}
