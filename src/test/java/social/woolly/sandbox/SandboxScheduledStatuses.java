package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scheduled statuses: {@code POST /api/v1/statuses} with {@code scheduled_at} answers a
 * ScheduledStatus instead of posting, and {@code /api/v1/scheduled_statuses} lists, shows and
 * cancels them. As on Mastodon: the time must be more than 5 minutes ahead (else 422), a time
 * already past posts at once, and the {@code Idempotency-Key} rule holds. The sandbox never
 * publishes them; they only wait.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/scheduled_statuses/">scheduled_statuses API methods</a>
 */
final class SandboxScheduledStatuses {
    static final Duration MIN_LEAD = Duration.ofMinutes(5);

    private record Scheduled(long id, long accountId, Instant at, JsonObject params) {}

    private final SandboxStore store;
    private final SandboxJson json;
    private final Map<Long, Scheduled> scheduled = new LinkedHashMap<>();
    /** Idempotency-Key (scoped by token) to the scheduled status it made. */
    private final Map<String, Long> keys = new HashMap<>();

    SandboxScheduledStatuses(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.get("/api/v1/scheduled_statuses", USER, "read:statuses", this::list);
        routes.get(
                "/api/v1/scheduled_statuses/:id",
                USER,
                "read:statuses",
                ex -> own(ex, s -> SandboxReply.json(toJson(s))));
        routes.put("/api/v1/scheduled_statuses/:id", USER, "write:statuses", ex -> own(ex, s -> reschedule(ex, s)));
        routes.delete(
                "/api/v1/scheduled_statuses/:id",
                USER,
                "write:statuses",
                ex -> own(ex, s -> {
                    scheduled.remove(s.id());
                    return SandboxReply.json(new JsonObject());
                }));
    }

    int count() {
        return scheduled.size();
    }

    /**
     * Answers a create with {@code scheduled_at} whose other parameters passed validation: the
     * scheduled status, or a 422; {@code null} if the time is past and the status is to be posted now.
     */
    @Nullable
    SandboxReply schedule(SandboxExchange ex, @Nullable String scopedKey) {
        Instant at;
        try {
            at = OffsetDateTime.parse(ex.params.getOr("scheduled_at", "")).toInstant();
        } catch (DateTimeParseException e) {
            return SandboxReply.error(422, "Validation failed: Scheduled at is invalid");
        }
        Instant now = store.now();
        if (!at.isAfter(now)) {
            return null;
        }
        Long earlier = scopedKey == null ? null : keys.get(scopedKey);
        if (earlier != null && scheduled.containsKey(earlier)) {
            return SandboxReply.json(toJson(scheduled.get(earlier)));
        }
        if (!at.isAfter(now.plus(MIN_LEAD))) {
            return SandboxReply.error(422, "Validation failed: Scheduled at The scheduled date must be in the future");
        }
        Scheduled made = new Scheduled(store.ids.flake(now), ex.user().id, at, params(ex, at));
        scheduled.put(made.id(), made);
        if (scopedKey != null) {
            keys.put(scopedKey, made.id());
        }
        return SandboxReply.json(toJson(made));
    }

    private static JsonObject params(SandboxExchange ex, Instant at) {
        SandboxParams p = ex.params;
        JsonObject o = new JsonObject();
        o.addProperty("text", p.getOr("status", ""));
        o.addProperty("spoiler_text", p.get("spoiler_text"));
        o.addProperty("visibility", p.getOr("visibility", "public"));
        o.addProperty("sensitive", p.flag("sensitive"));
        o.addProperty("language", p.get("language"));
        o.addProperty("in_reply_to_id", p.get("in_reply_to_id"));
        JsonArray media = new JsonArray();
        p.all("media_ids").forEach(media::add);
        o.add("media_ids", p.has("media_ids") ? media : JsonNull.INSTANCE);
        if (p.has("poll.options")) {
            JsonObject poll = new JsonObject();
            JsonArray options = new JsonArray();
            p.all("poll.options").forEach(options::add);
            poll.add("options", options);
            poll.addProperty("expires_in", p.getOr("poll.expires_in", "86400"));
            poll.addProperty("multiple", p.flag("poll.multiple"));
            poll.addProperty("hide_totals", p.flag("poll.hide_totals"));
            o.add("poll", poll);
        } else {
            o.add("poll", JsonNull.INSTANCE);
        }
        o.addProperty("scheduled_at", SandboxJson.time(at));
        o.addProperty("idempotency", ex.header("Idempotency-Key"));
        o.addProperty("with_rate_limit", false);
        return o;
    }

    /** {@code PUT /api/v1/scheduled_statuses/:id}: a new time, more than 5 minutes ahead as when scheduling. */
    private SandboxReply reschedule(SandboxExchange ex, Scheduled s) {
        Instant at;
        try {
            at = OffsetDateTime.parse(ex.params.getOr("scheduled_at", "")).toInstant();
        } catch (DateTimeParseException e) {
            return SandboxReply.error(422, "Validation failed: Scheduled at is invalid");
        }
        if (!at.isAfter(store.now().plus(MIN_LEAD))) {
            return SandboxReply.error(422, "Validation failed: Scheduled at The scheduled date must be in the future");
        }
        JsonObject params = s.params().deepCopy();
        params.addProperty("scheduled_at", SandboxJson.time(at));
        Scheduled moved = new Scheduled(s.id(), s.accountId(), at, params);
        scheduled.put(s.id(), moved);
        return SandboxReply.json(toJson(moved));
    }

    private SandboxReply list(SandboxExchange ex) {
        JsonArray body = new JsonArray();
        scheduled.values().stream().filter(s -> s.accountId() == ex.user().id).forEach(s -> body.add(toJson(s)));
        return SandboxReply.json(body);
    }

    private SandboxReply own(SandboxExchange ex, java.util.function.Function<Scheduled, SandboxReply> then) {
        Scheduled s = scheduled.get(store.ids.parse(ex.var("id")));
        return s == null || s.accountId() != ex.user().id ? SandboxReply.notFound() : then.apply(s);
    }

    private JsonObject toJson(Scheduled s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", store.ids.format(s.id()));
        o.addProperty("scheduled_at", SandboxJson.time(s.at()));
        o.add("params", s.params().deepCopy());
        // Mastodon attaches the media only when it publishes; until then it lists them here.
        JsonArray media = new JsonArray();
        if (s.params().get("media_ids").isJsonArray()) {
            for (var id : s.params().getAsJsonArray("media_ids")) {
                SandboxMedia m = store.media.get(store.ids.parse(id.getAsString()));
                if (m != null) {
                    media.add(json.media(m));
                }
            }
        }
        o.add("media_attachments", media);
        return o;
    }
}
