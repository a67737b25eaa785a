package social.woolly.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/** Renders media attachments and polls as Mastodon's MediaAttachment and Poll entities. */
final class SandboxAttachmentsJson {
    private final SandboxStore store;

    SandboxAttachmentsJson(SandboxStore store) {
        this.store = store;
    }

    private String id(long id) {
        return store.ids.format(id);
    }

    private static String time(java.time.Instant instant) {
        return SandboxJson.time(instant);
    }

    JsonObject media(SandboxMedia m) {
        JsonObject o = new JsonObject();
        String base = store.baseUrl + "/system/media_attachments/files/" + id(m.id);
        o.addProperty("id", id(m.id));
        o.addProperty("type", m.type);
        o.addProperty("url", m.isProcessing() ? null : base + "/original." + m.extension);
        o.addProperty(
                "preview_url", m.isProcessing() || !"image".equals(m.type) ? null : base + "/small." + m.extension);
        o.add("remote_url", JsonNull.INSTANCE);
        o.add("preview_remote_url", JsonNull.INSTANCE);
        o.add("text_url", JsonNull.INSTANCE);
        if (m.width > 0 && m.height > 0) {
            JsonObject meta = new JsonObject();
            meta.add("original", size(m.width, m.height));
            meta.add("small", size(Math.max(1, m.width / 2), Math.max(1, m.height / 2)));
            if (m.focus != null) {
                JsonObject focus = new JsonObject();
                focus.addProperty("x", m.focus[0]);
                focus.addProperty("y", m.focus[1]);
                meta.add("focus", focus);
            }
            o.add("meta", meta);
        } else {
            o.add("meta", JsonNull.INSTANCE);
        }
        o.addProperty("description", m.description);
        o.addProperty("blurhash", m.blurhash);
        return o;
    }

    private static JsonObject size(int width, int height) {
        JsonObject o = new JsonObject();
        o.addProperty("width", width);
        o.addProperty("height", height);
        o.addProperty("size", width + "x" + height);
        o.addProperty("aspect", (double) width / height);
        return o;
    }

    JsonObject poll(SandboxPoll p, @Nullable Long viewer) {
        JsonObject o = new JsonObject();
        boolean expired = p.isExpired(store.now());
        boolean voted = viewer != null && p.votes.containsKey(viewer);
        boolean showTotals = !p.hideTotals || expired;
        o.addProperty("id", id(p.id));
        o.addProperty("expires_at", p.expiresAt == null ? null : time(p.expiresAt));
        o.addProperty("expired", expired);
        o.addProperty("multiple", p.multiple);
        o.addProperty("votes_count", p.votesCount());
        o.addProperty("voters_count", p.votes.size());
        JsonArray options = new JsonArray();
        for (int i = 0; i < p.options.size(); i++) {
            JsonObject option = new JsonObject();
            option.addProperty("title", p.options.get(i));
            option.addProperty("votes_count", showTotals ? p.votesFor(i) : null);
            options.add(option);
        }
        o.add("options", options);
        o.add("emojis", new JsonArray());
        if (viewer != null) {
            o.addProperty("voted", voted);
            JsonArray own = new JsonArray();
            if (voted) {
                p.votes.get(viewer).forEach(own::add);
            }
            o.add("own_votes", own);
        }
        return o;
    }
}
