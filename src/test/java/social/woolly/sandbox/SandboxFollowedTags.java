package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The hashtags a user follows, newest follow first, paged by the follow's id (which the client
 * only ever sees in {@code Link} headers), 100 by default and at most 200, as Mastodon does.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/followed_tags/">followed_tags API methods</a>
 */
final class SandboxFollowedTags {
    private final SandboxStore store;
    private final SandboxJson json;

    SandboxFollowedTags(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/followed_tags", USER, "read:follows", this::followed);
    }

    private SandboxReply followed(SandboxExchange ex) {
        NavigableMap<Long, String> followed = store.followedTags.getOrDefault(ex.user().id, new TreeMap<>());
        List<Map.Entry<Long, String>> newestFirst =
                List.copyOf(followed.descendingMap().entrySet());
        List<Map.Entry<Long, String>> page =
                SandboxPaging.page(newestFirst, Map.Entry::getKey, ex, store.ids, 100, 200);
        JsonArray body = new JsonArray();
        for (Map.Entry<Long, String> follow : page) {
            JsonObject tag = json.tag(follow.getValue());
            tag.add("history", new JsonArray());
            tag.addProperty("following", true);
            body.add(tag);
        }
        return SandboxPaging.reply(body, page.stream().map(Map.Entry::getKey).toList(), ex, store);
    }
}
