package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.PUBLIC;
import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The instance documents (v1 and v2, with limits, streaming URL and {@code api_versions}),
 * custom emoji, read markers, and a few lists clients ask for at start-up that the sandbox keeps
 * empty (announcements, filters).
 *
 * @see <a href="https://docs.joinmastodon.org/methods/instance/">instance API methods</a>
 * @see <a href="https://docs.joinmastodon.org/methods/markers/">markers API methods</a>
 */
final class SandboxInstance {
    static final String TITLE = "Woolly Sandbox";

    private final SandboxStore store;
    private final SandboxJson json;

    SandboxInstance(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/instance", PUBLIC, null, ex -> SandboxReply.json(v1()));
        if (store.options.v2Endpoints()) {
            routes.get("/api/v2/instance", PUBLIC, null, ex -> SandboxReply.json(v2()));
        }
        routes.get("/api/v1/custom_emojis", PUBLIC, null, ex -> {
            JsonArray body = new JsonArray();
            SandboxStore.EMOJI.forEach(code -> body.add(json.emoji(code)));
            return SandboxReply.json(body);
        });
        routes.get("/api/v1/markers", USER, "read:statuses", this::markers);
        routes.post("/api/v1/markers", USER, "write:statuses", this::saveMarkers);
        routes.get("/api/v1/announcements", USER, "read", ex -> SandboxReply.json(new JsonArray()));
        routes.get("/api/v2/filters", USER, "read:filters", ex -> SandboxReply.json(new JsonArray()));
    }

    private String version() {
        if (store.options.akkomaStreaming()) {
            return "2.7.2 (compatible; Akkoma 3.13.2)";
        }
        // Servers without the v2 endpoints are older: no v2 instance existed before Mastodon 4.0.
        return store.options.v2Endpoints() ? "4.4.0" : "3.5.3";
    }

    private String streamingUrl() {
        return store.baseUrl.replaceFirst("^http", "ws");
    }

    private JsonObject v1() {
        JsonObject o = new JsonObject();
        o.addProperty("uri", store.localDomain);
        o.addProperty("title", TITLE);
        o.addProperty("short_description", "An in-memory Mastodon for trying Woolly.");
        o.addProperty("description", "An in-memory Mastodon for trying Woolly.");
        o.addProperty("email", "admin@" + store.localDomain);
        o.addProperty("version", version());
        JsonObject urls = new JsonObject();
        urls.addProperty("streaming_api", streamingUrl());
        o.add("urls", urls);
        JsonObject stats = new JsonObject();
        stats.addProperty(
                "user_count",
                store.accounts.values().stream().filter(SandboxAccount::isLocal).count());
        stats.addProperty("status_count", store.statuses.size());
        stats.addProperty("domain_count", 2);
        o.add("stats", stats);
        o.addProperty("thumbnail", store.baseUrl + "/system/site_uploads/thumbnail.png");
        o.add("languages", strings(List.of("en")));
        o.addProperty("registrations", false);
        o.addProperty("approval_required", false);
        o.addProperty("invites_enabled", false);
        JsonObject configuration = limits();
        o.add("configuration", configuration);
        o.add("contact_account", json.account(store.accounts.firstEntry().getValue()));
        o.add("rules", new JsonArray());
        return o;
    }

    private JsonObject v2() {
        JsonObject o = new JsonObject();
        o.addProperty("domain", store.localDomain);
        o.addProperty("title", TITLE);
        o.addProperty("version", version());
        o.addProperty("source_url", "https://github.com/mastodon/mastodon");
        o.addProperty("description", "An in-memory Mastodon for trying Woolly.");
        JsonObject users = new JsonObject();
        users.addProperty(
                "active_month",
                store.accounts.values().stream().filter(SandboxAccount::isLocal).count());
        JsonObject usage = new JsonObject();
        usage.add("users", users);
        o.add("usage", usage);
        JsonObject thumbnail = new JsonObject();
        thumbnail.addProperty("url", store.baseUrl + "/system/site_uploads/thumbnail.png");
        o.add("thumbnail", thumbnail);
        o.add("languages", strings(List.of("en")));
        JsonObject configuration = limits();
        JsonObject urls = new JsonObject();
        urls.addProperty("streaming", streamingUrl());
        configuration.add("urls", urls);
        JsonObject accounts = new JsonObject();
        accounts.addProperty("max_featured_tags", 10);
        accounts.addProperty("max_pinned_statuses", 5);
        configuration.add("accounts", accounts);
        JsonObject translation = new JsonObject();
        translation.addProperty("enabled", false);
        configuration.add("translation", translation);
        o.add("configuration", configuration);
        JsonObject registrations = new JsonObject();
        registrations.addProperty("enabled", false);
        registrations.addProperty("approval_required", false);
        registrations.add("message", com.google.gson.JsonNull.INSTANCE);
        o.add("registrations", registrations);
        JsonObject contact = new JsonObject();
        contact.addProperty("email", "admin@" + store.localDomain);
        contact.add("account", json.account(store.accounts.firstEntry().getValue()));
        o.add("contact", contact);
        o.add("rules", new JsonArray());
        JsonObject apiVersions = new JsonObject();
        apiVersions.addProperty("mastodon", 6);
        o.add("api_versions", apiVersions);
        return o;
    }

    /** {@code configuration}: the limits a client needs to check a post before sending it. */
    private static JsonObject limits() {
        JsonObject statuses = new JsonObject();
        statuses.addProperty("max_characters", SandboxStatuses.MAX_CHARACTERS);
        statuses.addProperty("max_media_attachments", SandboxStatuses.MAX_MEDIA);
        statuses.addProperty("characters_reserved_per_url", SandboxText.URL_LENGTH);
        JsonObject media = new JsonObject();
        media.add(
                "supported_mime_types",
                strings(List.of(
                        "image/jpeg",
                        "image/png",
                        "image/gif",
                        "image/webp",
                        "video/mp4",
                        "video/webm",
                        "audio/mpeg",
                        "audio/ogg")));
        media.addProperty("image_size_limit", SandboxMediaApi.IMAGE_SIZE_LIMIT);
        media.addProperty("image_matrix_limit", 33_177_600);
        media.addProperty("video_size_limit", SandboxMediaApi.VIDEO_SIZE_LIMIT);
        media.addProperty("video_frame_rate_limit", 120);
        media.addProperty("video_matrix_limit", 8_294_400);
        media.addProperty("description_limit", 1500);
        JsonObject polls = new JsonObject();
        polls.addProperty("max_options", 4);
        polls.addProperty("max_characters_per_option", 50);
        polls.addProperty("min_expiration", 300);
        polls.addProperty("max_expiration", 2_629_746);
        JsonObject configuration = new JsonObject();
        configuration.add("statuses", statuses);
        configuration.add("media_attachments", media);
        configuration.add("polls", polls);
        return configuration;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private SandboxReply markers(SandboxExchange ex) {
        Map<String, SandboxStore.Marker> mine = store.markers(ex.user().id);
        JsonObject o = new JsonObject();
        for (String timeline : ex.params.all("timeline")) {
            SandboxStore.Marker marker = mine.get(timeline);
            if (marker != null) {
                o.add(timeline, markerJson(marker));
            }
        }
        return SandboxReply.json(o);
    }

    private SandboxReply saveMarkers(SandboxExchange ex) {
        Map<String, SandboxStore.Marker> mine = store.markers(ex.user().id);
        JsonObject o = new JsonObject();
        for (String timeline : List.of("home", "notifications")) {
            String lastRead = ex.params.get(timeline + ".last_read_id");
            if (lastRead == null) {
                continue;
            }
            SandboxStore.Marker old = mine.get(timeline);
            SandboxStore.Marker marker =
                    new SandboxStore.Marker(lastRead, old == null ? 0 : old.version() + 1, store.now());
            mine.put(timeline, marker);
            o.add(timeline, markerJson(marker));
        }
        return SandboxReply.json(o);
    }

    private static JsonObject markerJson(SandboxStore.Marker marker) {
        JsonObject o = new JsonObject();
        o.addProperty("last_read_id", marker.lastReadId());
        o.addProperty("version", marker.version());
        o.addProperty("updated_at", SandboxJson.time(marker.updatedAt()));
        return o;
    }
}
