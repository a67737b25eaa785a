package social.woolly.core.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import social.woolly.core.model.Context;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Poll;
import social.woolly.core.model.ScheduledStatus;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.Status;
import social.woolly.core.model.StatusSource;

/**
 * Statuses: read, post, edit, delete, and the user's actions on them.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/">statuses API methods</a>
 */
public final class StatusMethods {
    private final Requests requests;

    StatusMethods(Requests requests) {
        this.requests = requests;
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#get">GET /api/v1/statuses/:id</a> */
    public ApiCall<Status> get(String id) {
        return requests.get(requests.url("api/v1/statuses/{}", id), Requests.json(Status.class));
    }

    /**
     * Posts a status now.
     *
     * @param idempotencyKey one key per draft, reused when retrying it, so that a retry after a lost
     *     answer does not post twice
     * @throws IllegalArgumentException if the draft is scheduled: use {@link #schedule}
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">POST /api/v1/statuses</a>
     */
    public ApiCall<Status> create(NewStatus draft, String idempotencyKey) {
        if (draft.scheduledAt() != null) {
            throw new IllegalArgumentException("a scheduled draft is posted with schedule()");
        }
        return post(draft, idempotencyKey, Requests.json(Status.class));
    }

    /**
     * Schedules a status for {@link NewStatus#scheduledAt()}. Not every server can: Hollo and
     * GoToSocial before 0.20 ignore {@code scheduled_at}, publish the status at once and answer with
     * it, which arrives as {@link Scheduling.Now}.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">POST /api/v1/statuses</a>
     */
    public ApiCall<Scheduling> schedule(NewStatus draft, String idempotencyKey) {
        if (draft.scheduledAt() == null) {
            throw new IllegalArgumentException("schedule() needs scheduledAt");
        }
        return post(draft, idempotencyKey, scheduling());
    }

    /** What the server made of a status sent to be scheduled. */
    public sealed interface Scheduling {
        /** Held for later, as asked. */
        record Later(ScheduledStatus scheduled) implements Scheduling {}

        /** Published already: the server answered with the status itself, not a scheduled status. */
        record Now(Status status) implements Scheduling {}
    }

    // A Status would also decode as a ScheduledStatus (it has an id), with no time and no params,
    // so the shape decides: a Status has an account and content, a ScheduledStatus has params.
    private static ResponseReader<Scheduling> scheduling() {
        ResponseReader<ScheduledStatus> later = Requests.json(ScheduledStatus.class);
        ResponseReader<Status> now = Requests.json(Status.class);
        return (response, body) -> isStatus(body)
                ? new Scheduling.Now(now.read(response, body))
                : new Scheduling.Later(later.read(response, body));
    }

    private static boolean isStatus(byte[] body) {
        try {
            JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                return false;
            }
            JsonObject object = json.getAsJsonObject();
            JsonElement params = object.get("params");
            return object.has("account") && object.has("content") && (params == null || params.isJsonNull());
        } catch (JsonParseException e) {
            return false; // reading it as a ScheduledStatus then says what is wrong
        }
    }

    private <T> ApiCall<T> post(NewStatus draft, String idempotencyKey, ResponseReader<T> reader) {
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("empty idempotency key");
        }
        JsonObject body = content(draft, false);
        addIfPresent(
                body,
                "visibility",
                draft.visibility() == null ? null : draft.visibility().wireName());
        addIfPresent(body, "in_reply_to_id", draft.inReplyToId());
        addIfPresent(
                body,
                "scheduled_at",
                draft.scheduledAt() == null ? null : draft.scheduledAt().toString());
        addIfPresent(body, "quoted_status_id", draft.quotedStatusId());
        Request.Builder request = new Request.Builder()
                .url(requests.url("api/v1/statuses").build())
                .post(Requests.json(body))
                .header("Idempotency-Key", idempotencyKey);
        return requests.call(request, reader);
    }

    /**
     * Replaces a status's text, spoiler, sensitivity, language, media and poll. Visibility, reply
     * and schedule cannot change and are not sent.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#edit">PUT /api/v1/statuses/:id</a>
     */
    public ApiCall<Status> edit(String id, NewStatus content) {
        return requests.put(
                requests.url("api/v1/statuses/{}", id),
                Requests.json(content(content, true)),
                Requests.json(Status.class));
    }

    // The fields create and edit share. Edit always sends media_ids: an empty list removes media.
    // Blank text is left out rather than sent as "": Hollo answers 422 to an empty status, and
    // Mastodon and GoToSocial read a missing one as empty, on create and on edit alike.
    private static JsonObject content(NewStatus draft, boolean edit) {
        JsonObject body = new JsonObject();
        if (!draft.status().isBlank()) {
            body.addProperty("status", draft.status());
        }
        addIfPresent(body, "spoiler_text", draft.spoilerText());
        body.addProperty("sensitive", draft.sensitive());
        addIfPresent(body, "language", draft.language());
        if (edit || !draft.mediaIds().isEmpty()) {
            body.add("media_ids", strings(draft.mediaIds()));
        }
        NewStatus.Poll poll = draft.poll();
        if (poll != null) {
            JsonObject json = new JsonObject();
            json.add("options", strings(poll.options()));
            json.addProperty("expires_in", poll.expiresIn().toSeconds());
            json.addProperty("multiple", poll.multiple());
            json.addProperty("hide_totals", poll.hideTotals());
            body.add("poll", json);
        }
        return body;
    }

    private static void addIfPresent(JsonObject body, String name, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            body.addProperty(name, value);
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /**
     * Deletes a status; the answer carries its source text, for "delete and redraft".
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#delete">DELETE /api/v1/statuses/:id</a>
     */
    public ApiCall<Status> delete(String id) {
        return requests.delete(requests.url("api/v1/statuses/{}", id), Requests.json(Status.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#context">GET /api/v1/statuses/:id/context</a> */
    public ApiCall<Context> context(String id) {
        return requests.get(requests.url("api/v1/statuses/{}/context", id), Requests.json(Context.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#source">GET /api/v1/statuses/:id/source</a> */
    public ApiCall<StatusSource> source(String id) {
        return requests.get(requests.url("api/v1/statuses/{}/source", id), Requests.json(StatusSource.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#favourite">POST /api/v1/statuses/:id/favourite</a> */
    public ApiCall<Status> favourite(String id) {
        return action(id, "favourite");
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#unfavourite">POST /api/v1/statuses/:id/unfavourite</a> */
    public ApiCall<Status> unfavourite(String id) {
        return action(id, "unfavourite");
    }

    /**
     * Reblogs (boosts) a status; the answer is the reblog, wrapping the original.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#boost">POST /api/v1/statuses/:id/reblog</a>
     */
    public ApiCall<Status> reblog(String id) {
        return action(id, "reblog");
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#unreblog">POST /api/v1/statuses/:id/unreblog</a> */
    public ApiCall<Status> unreblog(String id) {
        return action(id, "unreblog");
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#bookmark">POST /api/v1/statuses/:id/bookmark</a> */
    public ApiCall<Status> bookmark(String id) {
        return action(id, "bookmark");
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/statuses/#unbookmark">POST /api/v1/statuses/:id/unbookmark</a> */
    public ApiCall<Status> unbookmark(String id) {
        return action(id, "unbookmark");
    }

    private ApiCall<Status> action(String id, String verb) {
        HttpUrl.Builder url = requests.url("api/v1/statuses/{}/{}", id, verb);
        return requests.post(url, Requests.json(Status.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/polls/#get">GET /api/v1/polls/:id</a> */
    public ApiCall<Poll> poll(String pollId) {
        return requests.get(requests.url("api/v1/polls/{}", pollId), Requests.json(Poll.class));
    }

    /**
     * Votes in a poll, the choices sent as JSON numbers (what Mastodon documents).
     *
     * @param choices indexes of the chosen options
     * @see <a href="https://docs.joinmastodon.org/methods/polls/#vote">POST /api/v1/polls/:id/votes</a>
     */
    public ApiCall<Poll> vote(String pollId, List<Integer> choices) {
        return vote(pollId, choices, false);
    }

    /**
     * Votes in a poll on {@code server}: on snac the choices go as JSON strings, since snac reads
     * each with {@code atoi}, which turns a JSON number into 0 (every vote would count for the first
     * option: mastoapi.c, {@code /v1/polls/:id/votes}). Elsewhere they stay numbers; GoToSocial and
     * Hollo take both, Pleroma's handling of strings is not known.
     *
     * @param choices indexes of the chosen options
     * @see <a href="https://docs.joinmastodon.org/methods/polls/#vote">POST /api/v1/polls/:id/votes</a>
     */
    public ApiCall<Poll> vote(String pollId, List<Integer> choices, ServerInfo server) {
        return vote(pollId, choices, server.isSnac());
    }

    private ApiCall<Poll> vote(String pollId, List<Integer> choices, boolean asStrings) {
        JsonObject body = new JsonObject();
        JsonArray array = new JsonArray();
        choices.forEach(choice -> {
            if (asStrings) {
                array.add(Integer.toString(choice));
            } else {
                array.add(choice);
            }
        });
        body.add("choices", array);
        return requests.post(
                requests.url("api/v1/polls/{}/votes", pollId), Requests.json(body), Requests.json(Poll.class));
    }
}
