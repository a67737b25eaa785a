package social.woolly.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends what happens on the sandbox to the streaming sockets that would see it on Mastodon:
 * a status goes to the home stream of each follower, to the public, local or remote streams,
 * to its hashtags' streams and to the lists that hold its author; a notification goes to its
 * recipient's {@code user} and {@code user:notification} streams. Called under the store lock.
 */
final class SandboxStreamFanout implements SandboxActivity.Events {
    private final SandboxStore store;
    private final SandboxJson json;
    private final SandboxTimelines timelines;
    private final SandboxStreaming streaming;

    SandboxStreamFanout(SandboxStore store, SandboxJson json, SandboxTimelines timelines, SandboxStreaming streaming) {
        this.store = store;
        this.json = json;
        this.timelines = timelines;
        this.streaming = streaming;
    }

    private static String event(List<String> stream, String event, @Nullable String payload) {
        JsonObject o = new JsonObject();
        JsonArray names = new JsonArray();
        stream.forEach(names::add);
        o.add("stream", names);
        return withEvent(o, event, payload);
    }

    /**
     * An event as {@link SandboxOptions#akkomaStreaming()} sends it: the stream named by its
     * internal topic ({@code ["user:<id>"]}), and deletes without a stream.
     */
    private String event(SandboxStreaming.Connection c, List<String> stream, String event, @Nullable String payload) {
        if (!store.options.akkomaStreaming()) {
            return event(stream, event, payload);
        }
        JsonObject o = new JsonObject();
        if (!event.equals("delete")) {
            JsonArray names = new JsonArray();
            names.add(
                    switch (stream.getFirst()) {
                        case "user" -> "user:" + json.id(c.accountId());
                        case "direct" -> "direct:" + json.id(c.accountId());
                        default -> String.join(":", stream);
                    });
            o.add("stream", names);
        }
        return withEvent(o, event, payload);
    }

    private static String withEvent(JsonObject o, String event, @Nullable String payload) {
        o.addProperty("event", event);
        if (payload != null) {
            o.addProperty("payload", payload);
        }
        return SandboxReply.toJson(o);
    }

    /** Sends to every socket subscribed to {@code stream}, whoever's it is (the test hook). */
    void push(List<String> stream, String event, @Nullable String payload) {
        streaming.connections().stream()
                .filter(c -> c.streams().contains(stream))
                .forEach(c -> c.socket().send(event(stream, event, payload)));
    }

    /** Calls {@code target} for each socket and stream a status belongs to. */
    private void targets(SandboxStatus status, BiConsumer<SandboxStreaming.Connection, List<String>> target) {
        SandboxStatus s = status.target();
        boolean publicStream = SandboxTimelines.inPublic(status);
        boolean local = s.account.isLocal();
        for (SandboxStreaming.Connection c : streaming.connections()) {
            if (!store.canSee(c.accountId(), status)) {
                continue;
            }
            for (List<String> stream : c.streams()) {
                String name = stream.getFirst();
                boolean matches = switch (name) {
                    case "user" -> timelines.inHome(c.accountId(), status);
                    case "public" -> publicStream;
                    case "public:local" -> publicStream && local;
                    case "public:remote" -> publicStream && !local;
                    case "public:media" -> publicStream && !s.media.isEmpty();
                    case "public:local:media" -> publicStream && local && !s.media.isEmpty();
                    case "public:remote:media" -> publicStream && !local && !s.media.isEmpty();
                    case "hashtag" -> publicStream && s.tags.contains(stream.get(1));
                    case "hashtag:local" -> publicStream && local && s.tags.contains(stream.get(1));
                    case "list" -> listHas(stream.get(1), status);
                    default -> false;
                };
                if (matches) {
                    target.accept(c, stream);
                }
            }
        }
    }

    private boolean listHas(String listId, SandboxStatus status) {
        SandboxStore.AccountList list = store.lists.get(store.ids.parse(listId));
        return list != null && list.members().contains(status.account.id) && !status.isReplyToOther();
    }

    @Override
    public void created(SandboxStatus status) {
        targets(
                status,
                (c, stream) -> c.socket()
                        .send(event(c, stream, "update", SandboxReply.toJson(json.status(status, c.accountId())))));
    }

    @Override
    public void edited(SandboxStatus status) {
        targets(
                status,
                (c, stream) -> c.socket()
                        .send(event(
                                c, stream, "status.update", SandboxReply.toJson(json.status(status, c.accountId())))));
    }

    @Override
    public void deleted(SandboxStatus status) {
        targets(status, (c, stream) -> c.socket().send(event(c, stream, "delete", json.id(status.id))));
    }

    @Override
    public void notified(SandboxNotification notification) {
        String payload = SandboxReply.toJson(json.notification(notification));
        for (SandboxStreaming.Connection c : streaming.connections()) {
            if (c.accountId() != notification.recipientId()) {
                continue;
            }
            for (List<String> stream : List.of(List.of("user"), List.of("user:notification"))) {
                if (c.streams().contains(stream)) {
                    c.socket().send(event(c, stream, "notification", payload));
                }
            }
        }
    }
}
