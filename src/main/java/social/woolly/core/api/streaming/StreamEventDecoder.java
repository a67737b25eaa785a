package social.woolly.core.api.streaming;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.model.Notification;
import social.woolly.core.model.Status;

/**
 * Turns one WebSocket text frame into a {@link StreamEvent}. Never throws: anything unreadable
 * becomes {@link StreamEvent.Malformed}.
 *
 * <p>A frame is {@code {"stream": ["hashtag", "garden"], "event": "update", "payload": "…"}} where
 * the payload is JSON inside a string, a bare id for deletes, and absent for {@code
 * filters_changed}.
 *
 * <p>Pleroma and Akkoma send {@code delete} and {@code status.update} without a {@code stream}:
 * they concern every timeline, so they are credited to {@link StreamSubscription#everyStream()}
 * when more than one stream is subscribed. Their {@code pleroma:respond} answers to client messages
 * carry no stream either; a failed {@code subscribe} becomes {@link StreamEvent.Refused}.
 */
final class StreamEventDecoder {
    private static final String PLEROMA_RESPOND = "pleroma:respond";

    // Events that may come without a stream and need none.
    private static final Set<String> STREAMLESS = Set.of("delete", "status.update", PLEROMA_RESPOND);

    private StreamEventDecoder() {}

    /**
     * @param soleSubscription the stream to credit when a frame names none (servers that predate
     *     the {@code stream} field), if exactly one is subscribed
     */
    static StreamEvent decode(String frame, @Nullable StreamSubscription soleSubscription) {
        JsonObject envelope;
        try {
            envelope = Json.read(frame, JsonObject.class);
        } catch (ApiException.BadResponse e) {
            return new StreamEvent.Malformed("", e.getMessage());
        }
        if (envelope.has("error")) {
            return new StreamEvent.Refused(text(envelope.get("error")), status(envelope.get("status")));
        }
        String event = text(envelope.get("event"));
        if (event.isEmpty()) {
            return new StreamEvent.Malformed("", "frame without an event name");
        }
        if (event.equals(PLEROMA_RESPOND)) {
            Optional<StreamEvent.Refused> refused = refusedSubscription(text(envelope.get("payload")));
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Optional<StreamSubscription> stream = StreamSubscription.fromWire(names(envelope.get("stream")))
                .or(() -> Optional.ofNullable(soleSubscription))
                .or(() ->
                        STREAMLESS.contains(event) ? Optional.of(StreamSubscription.everyStream()) : Optional.empty());
        if (stream.isEmpty()) {
            return new StreamEvent.Malformed(event, "frame without a stream");
        }
        try {
            return contentOf(stream.get(), event, text(envelope.get("payload")));
        } catch (ApiException.BadResponse e) {
            return new StreamEvent.Malformed(event, e.getMessage());
        }
    }

    private static StreamEvent contentOf(StreamSubscription stream, String event, String payload)
            throws ApiException.BadResponse {
        return switch (event) {
            case "update" -> new StreamEvent.Update(stream, Json.read(payload, Status.class));
            case "status.update" -> new StreamEvent.StatusUpdate(stream, Json.read(payload, Status.class));
            case "notification" -> new StreamEvent.Notification(stream, Json.read(payload, Notification.class));
            case "delete" -> new StreamEvent.Delete(stream, id(payload));
            case "filters_changed" -> new StreamEvent.FiltersChanged(stream);
            case "notifications_merged" -> new StreamEvent.NotificationsMerged(stream);
            case "conversation" ->
                new StreamEvent.Conversation(
                        stream, Json.read(payload, JsonObject.class).toString());
            case "announcement", "announcement.reaction", "announcement.delete" ->
                new StreamEvent.Announcement(stream, event, payload);
            default -> new StreamEvent.Unknown(stream, event, payload);
        };
    }

    /**
     * Pleroma's answer to a client message, {@code {"type":"subscribe","result":"error",
     * "error":"unauthorized"}}, as a refusal if it refuses a subscription; empty for any other.
     * Akkoma refuses without answering at all.
     */
    private static Optional<StreamEvent.Refused> refusedSubscription(String payload) {
        JsonObject answer;
        try {
            answer = Json.read(payload, JsonObject.class);
        } catch (ApiException.BadResponse e) {
            return Optional.empty();
        }
        if (!"subscribe".equals(text(answer.get("type"))) || !"error".equals(text(answer.get("result")))) {
            return Optional.empty();
        }
        String error = text(answer.get("error"));
        return Optional.of(new StreamEvent.Refused(error.isEmpty() ? "subscribe refused" : error, 0));
    }

    private static String id(String payload) throws ApiException.BadResponse {
        String id = payload.strip();
        if (id.isEmpty() || id.startsWith("{") || id.startsWith("[")) {
            throw new ApiException.BadResponse("delete without a status id", null);
        }
        return id;
    }

    /**
     * A string as is; a number as its digits (some servers send numeric ids); an object or array as
     * its JSON text (some servers do not wrap the payload in a string); absent or null as "".
     */
    private static String text(@Nullable JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "";
        }
        return element instanceof JsonPrimitive primitive ? primitive.getAsString() : element.toString();
    }

    private static int status(@Nullable JsonElement element) {
        if (element instanceof JsonPrimitive primitive && primitive.isNumber()) {
            return primitive.getAsInt();
        }
        return 0;
    }

    private static List<String> names(@Nullable JsonElement element) {
        if (!(element instanceof JsonArray array)) {
            return List.of();
        }
        List<String> names = new ArrayList<>(array.size());
        for (JsonElement name : array) {
            if (!(name instanceof JsonPrimitive)) {
                return List.of();
            }
            names.add(name.getAsString());
        }
        return names;
    }
}
