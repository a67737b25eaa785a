package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.OPTIONAL;
import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a user does to a status: favourite, reblog, bookmark, mute, pin, and vote in its poll.
 * Each answers the status as it now is; a reblog answers the new status that wraps the original.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/">statuses API methods</a>
 * @see <a href="https://docs.joinmastodon.org/methods/polls/">polls API methods</a>
 */
final class SandboxStatusActions {
    private final SandboxStore store;
    private final SandboxJson json;
    private final SandboxActivity activity;
    private final SandboxStatuses statuses;

    SandboxStatusActions(SandboxStore store, SandboxJson json, SandboxActivity activity, SandboxStatuses statuses) {
        this.store = store;
        this.json = json;
        this.activity = activity;
        this.statuses = statuses;
    }

    void register(SandboxRoutes routes) {
        routes.post(
                "/api/v1/statuses/:id/favourite",
                USER,
                "write:favourites",
                ex -> act(ex, s -> {
                    activity.favourite(ex.user(), s, store.now());
                    return s;
                }));
        routes.post(
                "/api/v1/statuses/:id/unfavourite",
                USER,
                "write:favourites",
                ex -> act(ex, s -> {
                    s.favouritedBy.remove(ex.user().id);
                    return s;
                }));
        routes.post("/api/v1/statuses/:id/reblog", USER, "write:statuses", this::reblog);
        routes.post(
                "/api/v1/statuses/:id/unreblog",
                USER,
                "write:statuses",
                ex -> act(ex, s -> {
                    activity.unreblog(ex.user(), s);
                    return s;
                }));
        routes.post(
                "/api/v1/statuses/:id/bookmark", USER, "write:bookmarks", ex -> mark(ex, s -> s.bookmarkedBy, true));
        routes.post(
                "/api/v1/statuses/:id/unbookmark", USER, "write:bookmarks", ex -> mark(ex, s -> s.bookmarkedBy, false));
        routes.post("/api/v1/statuses/:id/mute", USER, "write:mutes", ex -> mark(ex, s -> s.mutedBy, true));
        routes.post("/api/v1/statuses/:id/unmute", USER, "write:mutes", ex -> mark(ex, s -> s.mutedBy, false));
        routes.post("/api/v1/statuses/:id/pin", USER, "write:accounts", ex -> pin(ex, true));
        routes.post("/api/v1/statuses/:id/unpin", USER, "write:accounts", ex -> pin(ex, false));
        routes.get(
                "/api/v1/statuses/:id/favourited_by",
                OPTIONAL,
                null,
                ex -> statuses.visible(ex, s -> who(s.favouritedBy)));
        routes.get(
                "/api/v1/statuses/:id/reblogged_by",
                OPTIONAL,
                null,
                ex -> statuses.visible(ex, s -> who(s.rebloggedBy)));
        routes.get("/api/v1/polls/:id", OPTIONAL, null, this::showPoll);
        routes.post("/api/v1/polls/:id/votes", USER, "write:statuses", this::vote);
    }

    /** Applies an action to the original of the status in the path and answers that original. */
    private SandboxReply act(SandboxExchange ex, Function<SandboxStatus, SandboxStatus> action) {
        return statuses.visible(ex, s -> SandboxReply.json(json.status(action.apply(s.target()), ex.viewerId())));
    }

    private SandboxReply mark(SandboxExchange ex, Function<SandboxStatus, Set<Long>> marks, boolean on) {
        return act(ex, s -> {
            if (on) {
                marks.apply(s).add(ex.user().id);
            } else {
                marks.apply(s).remove(ex.user().id);
            }
            return s;
        });
    }

    private SandboxReply reblog(SandboxExchange ex) {
        return statuses.visible(ex, s -> {
            SandboxStatus original = s.target();
            if (!Set.of("public", "unlisted").contains(original.visibility) && original.account != ex.user()) {
                return SandboxReply.error(422, "Validation failed: Reblog of status is not allowed");
            }
            String visibility = ex.params.getOr("visibility", "public");
            SandboxStatus reblog = activity.reblog(ex.user(), original, visibility, store.now());
            return SandboxReply.json(json.status(reblog, ex.viewerId()));
        });
    }

    private SandboxReply pin(SandboxExchange ex, boolean on) {
        return statuses.visible(ex, s -> {
            SandboxAccount me = ex.user();
            if (s.account != me || s.reblog != null) {
                return SandboxReply.error(422, "Validation failed: Someone else's post cannot be pinned");
            }
            me.pinned.remove(s.id);
            if (on) {
                me.pinned.addFirst(s.id);
            }
            return SandboxReply.json(json.status(s, me.id));
        });
    }

    private SandboxReply who(Set<Long> accountIds) {
        JsonArray body = new JsonArray();
        accountIds.forEach(id -> body.add(json.account(Objects.requireNonNull(store.account(id)))));
        return SandboxReply.json(body);
    }

    private SandboxReply showPoll(SandboxExchange ex) {
        SandboxStatus status = store.statusWithPoll(store.ids.parse(ex.var("id")));
        if (status == null || status.poll == null || !store.canSee(ex.viewerId(), status)) {
            return SandboxReply.notFound();
        }
        return SandboxReply.json(json.poll(status.poll, ex.viewerId()));
    }

    private SandboxReply vote(SandboxExchange ex) {
        SandboxStatus status = store.statusWithPoll(store.ids.parse(ex.var("id")));
        if (status == null || status.poll == null || !store.canSee(ex.viewerId(), status)) {
            return SandboxReply.notFound();
        }
        SandboxPoll poll = status.poll;
        long me = ex.user().id;
        if (poll.isExpired(store.now())) {
            return SandboxReply.error(422, "Validation failed: The poll has already ended");
        }
        if (poll.votes.containsKey(me)) {
            return SandboxReply.error(422, "Validation failed: You have already voted on this poll");
        }
        List<Integer> choices = new ArrayList<>();
        for (String choice : ex.params.all("choices")) {
            int index = -1;
            try {
                index = Integer.parseInt(choice.trim());
            } catch (NumberFormatException e) {
                // Left at -1: reported as an invalid choice below.
            }
            if (index < 0 || index >= poll.options.size() || choices.contains(index)) {
                return SandboxReply.error(422, "Validation failed: Choices are invalid");
            }
            choices.add(index);
        }
        if (choices.isEmpty() || (!poll.multiple && choices.size() > 1)) {
            return SandboxReply.error(422, "Validation failed: Choices are invalid");
        }
        poll.votes.put(me, List.copyOf(choices));
        return SandboxReply.json(json.poll(poll, me));
    }
}
