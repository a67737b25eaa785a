package social.woolly.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders the store's objects as Mastodon's JSON entities (docs.joinmastodon.org/entities).
 * {@code viewer} is the signed-in account (null when signed out): it decides the fields only a
 * user sees, like {@code favourited}. Callers hold the store lock.
 */
final class SandboxJson {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Pattern SHORTCODE = Pattern.compile(":([A-Za-z0-9_]{2,}):");

    private final SandboxStore store;
    private final SandboxAttachmentsJson attachments;

    SandboxJson(SandboxStore store) {
        this.store = store;
        this.attachments = new SandboxAttachmentsJson(store);
    }

    static String time(Instant instant) {
        return DATE_TIME.format(instant);
    }

    String id(long id) {
        return store.ids.format(id);
    }

    JsonElement id(@Nullable Long id) {
        return id == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(store.ids.format(id));
    }

    JsonObject account(SandboxAccount a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id(a.id));
        o.addProperty("username", a.username);
        o.addProperty("acct", a.acct());
        o.addProperty("display_name", a.displayName);
        o.addProperty("locked", a.locked);
        o.addProperty("bot", a.bot);
        o.addProperty("discoverable", true);
        o.addProperty("indexable", true);
        o.addProperty("group", false);
        o.addProperty("created_at", time(a.createdAt.truncatedTo(ChronoUnit.DAYS)));
        o.addProperty("note", a.note);
        o.addProperty("url", store.profileUrl(a));
        o.addProperty("uri", store.accountUri(a));
        String avatar = store.baseUrl + "/system/accounts/avatars/" + id(a.id) + "/original.png";
        String header = store.baseUrl + "/system/accounts/headers/" + id(a.id) + "/original.png";
        o.addProperty("avatar", avatar);
        o.addProperty("avatar_static", avatar);
        o.addProperty("header", header);
        o.addProperty("header_static", header);
        o.addProperty("followers_count", store.followers(a.id).size());
        o.addProperty("following_count", store.following(a.id).size());
        o.addProperty("statuses_count", store.statusesCount(a));
        Instant last = store.lastStatusAt(a);
        o.addProperty("last_status_at", last == null ? null : DATE.format(last));
        o.addProperty("hide_collections", false);
        o.addProperty("noindex", false);
        o.add("emojis", emojis(SHORTCODE.matcher(a.displayName + " " + a.note)));
        JsonArray fields = new JsonArray();
        for (SandboxAccount.Field f : a.fields) {
            JsonObject field = new JsonObject();
            field.addProperty("name", f.name());
            field.addProperty("value", f.value());
            field.addProperty("verified_at", f.verifiedAt() == null ? null : time(f.verifiedAt()));
            fields.add(field);
        }
        o.add("fields", fields);
        o.add("roles", new JsonArray());
        return o;
    }

    /** The CredentialAccount of {@code verify_credentials}: an Account plus {@code source} and {@code role}. */
    JsonObject credentialAccount(SandboxAccount a) {
        JsonObject o = account(a);
        JsonObject source = new JsonObject();
        source.addProperty("privacy", "public");
        source.addProperty("sensitive", false);
        source.addProperty("language", "en");
        source.addProperty("note", a.note.replaceAll("<[^>]+>", ""));
        JsonArray fields = new JsonArray();
        for (SandboxAccount.Field f : a.fields) {
            JsonObject field = new JsonObject();
            field.addProperty("name", f.name());
            field.addProperty("value", f.value().replaceAll("<[^>]+>", ""));
            field.addProperty("verified_at", f.verifiedAt() == null ? null : time(f.verifiedAt()));
            fields.add(field);
        }
        source.add("fields", fields);
        source.addProperty("follow_requests_count", 0);
        source.addProperty("hide_collections", false);
        source.addProperty("discoverable", true);
        source.addProperty("indexable", true);
        source.add("attribution_domains", new JsonArray());
        o.add("source", source);
        JsonObject role = new JsonObject();
        role.addProperty("id", "-99");
        role.addProperty("name", "");
        role.addProperty("permissions", "0");
        role.addProperty("color", "");
        role.addProperty("highlighted", false);
        o.add("role", role);
        return o;
    }

    JsonObject status(SandboxStatus s, @Nullable Long viewer) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id(s.id));
        o.addProperty("created_at", time(s.createdAt));
        o.add("in_reply_to_id", id(s.inReplyToId));
        o.add("in_reply_to_account_id", id(s.inReplyToAccountId));
        o.addProperty("sensitive", s.sensitive);
        o.addProperty("spoiler_text", s.spoilerText);
        o.addProperty("visibility", s.visibility);
        o.addProperty("language", s.reblog == null ? s.language : null);
        o.addProperty("uri", store.statusUri(s));
        o.addProperty("url", s.reblog == null ? store.statusUrl(s) : null);
        o.addProperty("replies_count", store.repliesCount(s));
        o.addProperty("reblogs_count", s.rebloggedBy.size());
        o.addProperty("favourites_count", s.favouritedBy.size());
        o.addProperty("edited_at", s.editedAt == null ? null : time(s.editedAt));
        o.addProperty("content", s.html);
        o.add("reblog", s.reblog == null ? JsonNull.INSTANCE : status(s.reblog, viewer));
        if (s.application != null && s.account.isLocal()) {
            JsonObject app = new JsonObject();
            app.addProperty("name", s.application);
            app.add("website", JsonNull.INSTANCE);
            o.add("application", app);
        }
        o.add("account", account(s.account));
        JsonArray media = new JsonArray();
        s.media.forEach(m -> media.add(media(m)));
        o.add("media_attachments", media);
        JsonArray mentions = new JsonArray();
        for (SandboxAccount a : s.mentions) {
            JsonObject m = new JsonObject();
            m.addProperty("id", id(a.id));
            m.addProperty("username", a.username);
            m.addProperty("url", store.profileUrl(a));
            m.addProperty("acct", a.acct());
            mentions.add(m);
        }
        o.add("mentions", mentions);
        JsonArray tags = new JsonArray();
        s.tags.forEach(t -> tags.add(tag(t)));
        o.add("tags", tags);
        o.add("emojis", emojis(s.emojis));
        o.add("card", JsonNull.INSTANCE);
        o.add("poll", s.poll == null ? JsonNull.INSTANCE : poll(s.poll, viewer));
        if (viewer != null) {
            o.addProperty("favourited", s.favouritedBy.contains(viewer));
            o.addProperty("reblogged", s.rebloggedBy.contains(viewer));
            o.addProperty("muted", s.mutedBy.contains(viewer));
            o.addProperty("bookmarked", s.bookmarkedBy.contains(viewer));
            if (s.account.id == viewer && s.reblog == null) {
                o.addProperty("pinned", s.account.pinned.contains(s.id));
            }
            o.add("filtered", new JsonArray());
        }
        return o;
    }

    JsonObject tag(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("url", store.baseUrl + "/tags/" + name);
        return o;
    }

    JsonObject media(SandboxMedia m) {
        return attachments.media(m);
    }

    JsonObject poll(SandboxPoll p, @Nullable Long viewer) {
        return attachments.poll(p, viewer);
    }

    JsonObject notification(SandboxNotification n) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id(n.id()));
        o.addProperty("type", n.type());
        o.addProperty("created_at", time(n.createdAt()));
        o.addProperty("group_key", n.groupKey());
        o.add("account", account(n.from()));
        if (n.status() != null) {
            o.add("status", status(n.status(), n.recipientId()));
        }
        return o;
    }

    JsonObject relationship(long viewer, SandboxAccount target) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id(target.id));
        o.addProperty("following", store.follows(viewer, target.id));
        o.addProperty("showing_reblogs", store.follows(viewer, target.id));
        o.addProperty("notifying", false);
        o.add("languages", JsonNull.INSTANCE);
        o.addProperty("followed_by", store.follows(target.id, viewer));
        for (String flag : new String[] {
            "blocking",
            "blocked_by",
            "muting",
            "muting_notifications",
            "requested",
            "requested_by",
            "domain_blocking",
            "endorsed"
        }) {
            o.addProperty(flag, false);
        }
        o.addProperty("note", "");
        return o;
    }

    JsonObject emoji(String shortcode) {
        JsonObject o = new JsonObject();
        String url =
                store.baseUrl + "/system/custom_emojis/images/" + shortcode.toLowerCase(Locale.ROOT) + "/original.png";
        o.addProperty("shortcode", shortcode);
        o.addProperty("url", url);
        o.addProperty("static_url", url.replace("/original.png", "/static.png"));
        o.addProperty("visible_in_picker", !SandboxStore.EMOJI_HIDDEN_FROM_PICKER.contains(shortcode));
        o.addProperty("category", SandboxStore.EMOJI_CATEGORY.getOrDefault(shortcode, "Sandbox"));
        return o;
    }

    private JsonArray emojis(Matcher shortcodes) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        while (shortcodes.find()) {
            if (SandboxStore.EMOJI.contains(shortcodes.group(1))) {
                found.add(shortcodes.group(1));
            }
        }
        return emojis(found);
    }

    private JsonArray emojis(Collection<String> shortcodes) {
        JsonArray array = new JsonArray();
        shortcodes.forEach(code -> array.add(emoji(code)));
        return array;
    }
}
