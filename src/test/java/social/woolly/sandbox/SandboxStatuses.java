package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.OPTIONAL;
import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Posting, reading, editing and deleting statuses, with Mastodon's validation messages and
 * its {@code Idempotency-Key} rule: the same key from the same token within an hour returns the
 * first status instead of posting again.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/">statuses API methods</a>
 */
final class SandboxStatuses {
    static final int MAX_CHARACTERS = 500;
    static final int MAX_MEDIA = 4;
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(1);
    private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private", "direct");

    private final SandboxStore store;
    private final SandboxJson json;
    private final SandboxActivity activity;
    private final SandboxScheduledStatuses scheduled;

    SandboxStatuses(
            SandboxStore store, SandboxJson json, SandboxActivity activity, SandboxScheduledStatuses scheduled) {
        this.store = store;
        this.json = json;
        this.activity = activity;
        this.scheduled = scheduled;
    }

    void register(SandboxRoutes routes) {
        routes.post("/api/v1/statuses", USER, "write:statuses", this::create);
        routes.get(
                "/api/v1/statuses/:id",
                OPTIONAL,
                null,
                ex -> visible(ex, s -> SandboxReply.json(json.status(s, ex.viewerId()))));
        routes.get("/api/v1/statuses/:id/context", OPTIONAL, null, ex -> visible(ex, s -> context(ex, s)));
        routes.get("/api/v1/statuses/:id/history", OPTIONAL, null, ex -> visible(ex, this::history));
        routes.get("/api/v1/statuses/:id/source", USER, "read:statuses", ex -> own(ex, this::source));
        routes.put("/api/v1/statuses/:id", USER, "write:statuses", ex -> own(ex, s -> edit(ex, s)));
        routes.delete("/api/v1/statuses/:id", USER, "write:statuses", ex -> own(ex, this::delete));
    }

    /** Runs {@code then} on the status in the path if the viewer may see it, else answers 404. */
    SandboxReply visible(SandboxExchange ex, java.util.function.Function<SandboxStatus, SandboxReply> then) {
        SandboxStatus status = store.status(store.ids.parse(ex.var("id")));
        return status == null || !store.canSee(ex.viewerId(), status) ? SandboxReply.notFound() : then.apply(status);
    }

    private SandboxReply own(SandboxExchange ex, java.util.function.Function<SandboxStatus, SandboxReply> then) {
        return visible(
                ex,
                s -> s.account == ex.user() && s.reblog == null
                        ? then.apply(s)
                        : SandboxReply.error(403, "This action is not allowed"));
    }

    private SandboxReply create(SandboxExchange ex) {
        String key = ex.header("Idempotency-Key");
        String scoped = key == null ? null : Objects.requireNonNull(ex.token).value() + "\u0000" + key;
        Instant now = store.now();
        if (scoped != null) {
            Map.Entry<Long, Instant> seen = store.idempotency.get(scoped);
            SandboxStatus earlier = seen == null ? null : store.status(seen.getKey());
            if (earlier != null && seen.getValue().plus(IDEMPOTENCY_WINDOW).isAfter(now)) {
                return SandboxReply.json(json.status(earlier, ex.viewerId()));
            }
        }
        SandboxStatus inReplyTo = null;
        if (ex.params.get("in_reply_to_id") != null
                && !ex.params.getOr("in_reply_to_id", "").isEmpty()) {
            inReplyTo = store.status(store.ids.parse(ex.params.get("in_reply_to_id")));
            if (inReplyTo == null || !store.canSee(ex.viewerId(), inReplyTo) || inReplyTo.reblog != null) {
                return SandboxReply.notFound();
            }
        }
        Object draft = draft(ex, inReplyTo, null);
        if (draft instanceof SandboxReply failure) {
            return failure;
        }
        // Mastodon validates a scheduled status as a status first, then schedules it.
        SandboxReply later = ex.params.has("scheduled_at") && !store.options.schedulingIgnored()
                ? scheduled.schedule(ex, scoped)
                : null;
        if (later != null) {
            return later;
        }
        SandboxStatus status = activity.post(ex.user(), (SandboxActivity.Draft) draft, now);
        if (scoped != null) {
            store.idempotency.put(scoped, Map.entry(status.id, now));
        }
        return SandboxReply.json(json.status(status, ex.viewerId()));
    }

    /** Reads a draft from the parameters: a {@link SandboxActivity.Draft}, or the 422 to answer. */
    private Object draft(SandboxExchange ex, @Nullable SandboxStatus inReplyTo, @Nullable SandboxStatus editing) {
        SandboxParams p = ex.params;
        String text = p.getOr("status", "");
        String spoiler = p.getOr("spoiler_text", "");
        String visibility = editing != null ? editing.visibility : p.getOr("visibility", "public");
        if (!VISIBILITIES.contains(visibility)) {
            return SandboxReply.error(422, "Validation failed: Visibility is not included in the list");
        }
        List<SandboxMedia> media = new ArrayList<>();
        for (String id : p.all("media_ids")) {
            SandboxMedia m = store.media.get(store.ids.parse(id));
            boolean attachable = m != null
                    && m.ownerId == ex.user().id
                    && (m.statusId == null || (editing != null && m.statusId == editing.id));
            if (!attachable) {
                return SandboxReply.error(422, "Media attachment " + id + " was not found");
            }
            if (m.isProcessing()) {
                return SandboxReply.error(
                        422, "Cannot attach files that have not finished processing. Try again in a moment!");
            }
            media.add(m);
        }
        if (media.size() > MAX_MEDIA) {
            return SandboxReply.error(422, "Cannot attach more than " + MAX_MEDIA + " files");
        }
        SandboxActivity.PollDraft poll = null;
        if (p.has("poll.options")) {
            List<String> options = p.all("poll.options");
            if (!media.isEmpty()) {
                return SandboxReply.error(422, "Cannot attach both files and a poll");
            }
            if (options.size() < 2
                    || options.size() > 4
                    || options.stream().anyMatch(o -> o.isBlank() || o.length() > 50)) {
                return SandboxReply.error(
                        422, "Validation failed: Poll options must have 2 to 4 items of at most 50 characters");
            }
            long expiresIn = p.intOr("poll.expires_in", 86_400);
            if (expiresIn < 300 || expiresIn > 2_629_746) {
                return SandboxReply.error(422, "Validation failed: Poll expiration is out of range");
            }
            poll = new SandboxActivity.PollDraft(
                    options, expiresIn, p.flag("poll.multiple"), p.flag("poll.hide_totals"));
        }
        if (text.isBlank() && media.isEmpty() && poll == null) {
            return SandboxReply.error(422, "Validation failed: Text can't be blank");
        }
        if (SandboxText.countedLength(text, spoiler) > MAX_CHARACTERS) {
            return SandboxReply.error(
                    422, "Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded");
        }
        String application = ex.token == null ? null : ex.token.app().name();
        return new SandboxActivity.Draft(
                text,
                spoiler,
                visibility,
                p.flag("sensitive"),
                p.getOr("language", "en"),
                inReplyTo,
                media,
                poll,
                application);
    }

    private SandboxReply context(SandboxExchange ex, SandboxStatus status) {
        Long viewer = ex.viewerId();
        SandboxStatus target = status.target();
        List<SandboxStatus> ancestors = new ArrayList<>();
        Long parent = target.inReplyToId;
        while (parent != null) {
            SandboxStatus s = store.status(parent);
            if (s == null) {
                break;
            }
            if (store.canSee(viewer, s)) {
                ancestors.addFirst(s);
            }
            parent = s.inReplyToId;
        }
        List<SandboxStatus> descendants = new ArrayList<>();
        switch (store.options.threadContext()) {
            case MASTODON -> collectReplies(target, viewer, descendants);
            case HOLLO -> collectRepliesBreadthFirst(target, viewer, descendants);
            case SNAC -> directReplies(target, viewer).forEach(descendants::add);
            case AKKOMA -> splitConversationByAge(target, viewer, ancestors, descendants);
        }
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        ancestors.forEach(s -> a.add(json.status(s, viewer)));
        JsonArray d = new JsonArray();
        descendants.forEach(s -> d.add(json.status(s, viewer)));
        o.add("ancestors", a);
        o.add("descendants", d);
        return SandboxReply.json(o);
    }

    private Stream<SandboxStatus> directReplies(SandboxStatus parent, @Nullable Long viewer) {
        return store.statuses.values().stream()
                .filter(s -> s.inReplyToId != null && s.inReplyToId == parent.id && store.canSee(viewer, s));
    }

    /** Hollo: all direct replies, then all replies to those, and so on. */
    private void collectRepliesBreadthFirst(SandboxStatus target, @Nullable Long viewer, List<SandboxStatus> out) {
        ArrayDeque<SandboxStatus> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            directReplies(queue.removeFirst(), viewer).forEach(s -> {
                out.add(s);
                queue.addLast(s);
            });
        }
    }

    /** Akkoma: every other post of the conversation, chronological, older ones as ancestors. */
    private void splitConversationByAge(
            SandboxStatus target,
            @Nullable Long viewer,
            List<SandboxStatus> ancestors,
            List<SandboxStatus> descendants) {
        SandboxStatus root = target;
        while (root.inReplyToId != null && store.status(root.inReplyToId) != null) {
            root = Objects.requireNonNull(store.status(root.inReplyToId));
        }
        List<SandboxStatus> conversation = new ArrayList<>();
        collectReplies(root, viewer, conversation);
        if (store.canSee(viewer, root)) {
            conversation.add(root);
        }
        conversation.sort(Comparator.comparingLong(s -> s.id));
        ancestors.clear();
        for (SandboxStatus s : conversation) {
            if (s.id < target.id) {
                ancestors.add(s);
            } else if (s.id > target.id) {
                descendants.add(s);
            }
        }
    }

    private void collectReplies(SandboxStatus parent, @Nullable Long viewer, List<SandboxStatus> out) {
        for (SandboxStatus s : store.statuses.values()) {
            if (s.inReplyToId != null && s.inReplyToId == parent.id && store.canSee(viewer, s)) {
                out.add(s);
                collectReplies(s, viewer, out);
            }
        }
    }

    private SandboxReply history(SandboxStatus status) {
        JsonArray body = new JsonArray();
        List<SandboxStatus.Revision> revisions = status.history.isEmpty()
                ? List.of(new SandboxStatus.Revision(
                        status.html, status.spoilerText, status.sensitive, status.createdAt, status.media, null))
                : status.history;
        for (SandboxStatus.Revision r : revisions) {
            JsonObject o = new JsonObject();
            o.addProperty("content", r.html());
            o.addProperty("spoiler_text", r.spoilerText());
            o.addProperty("sensitive", r.sensitive());
            o.addProperty("created_at", SandboxJson.time(r.createdAt()));
            o.add("account", json.account(status.account));
            JsonArray media = new JsonArray();
            r.media().forEach(m -> media.add(json.media(m)));
            o.add("media_attachments", media);
            o.add("emojis", new JsonArray());
            body.add(o);
        }
        return SandboxReply.json(body);
    }

    private SandboxReply source(SandboxStatus status) {
        JsonObject o = new JsonObject();
        o.addProperty("id", json.id(status.id));
        o.addProperty("text", status.text);
        o.addProperty("spoiler_text", status.spoilerText);
        return SandboxReply.json(o);
    }

    private SandboxReply edit(SandboxExchange ex, SandboxStatus status) {
        Object draft = draft(ex, null, status);
        if (draft instanceof SandboxReply failure) {
            return failure;
        }
        List<SandboxMedia> before = status.media;
        activity.edit(status, (SandboxActivity.Draft) draft, store.now());
        before.stream().filter(m -> !status.media.contains(m)).forEach(m -> m.statusId = null);
        return SandboxReply.json(json.status(status, ex.viewerId()));
    }

    /** Deleting answers the status with its {@code text}, so that a client can redraft it. */
    private SandboxReply delete(SandboxStatus status) {
        JsonObject o = json.status(status, status.account.id);
        o.addProperty("text", status.text);
        if (store.options.deleteCascadesMedia()) {
            status.media.forEach(m -> store.media.remove(m.id));
        }
        activity.delete(status);
        return SandboxReply.json(o);
    }
}
