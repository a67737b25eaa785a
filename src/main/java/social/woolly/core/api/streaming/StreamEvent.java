package social.woolly.core.api.streaming;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Status;

/**
 * Everything a {@link StreamingClient} tells its {@link StreamingListener}: what the server sent
 * ({@link Content}), how the connection is doing ({@link Lifecycle}), and frames it could not use
 * ({@link Malformed}, {@link Refused}).
 *
 * @see <a href="https://docs.joinmastodon.org/methods/streaming/#events">Event types and payloads</a>
 */
public sealed interface StreamEvent {

    /** An event the server sent on one of the subscribed streams. */
    sealed interface Content extends StreamEvent {
        /** The subscription it arrived on, equal to the one passed to {@link StreamingClient#subscribe}. */
        StreamSubscription stream();
    }

    /** A change in the connection itself. */
    sealed interface Lifecycle extends StreamEvent {}

    /** {@code update}: a new status appeared on the stream. */
    record Update(StreamSubscription stream, Status status) implements Content {}

    /** {@code delete}: the status with this (opaque) id was deleted. */
    record Delete(StreamSubscription stream, String statusId) implements Content {}

    /** {@code status.update}: a status was edited; replace the old version. */
    record StatusUpdate(StreamSubscription stream, Status status) implements Content {}

    /** {@code notification}: a new notification. */
    record Notification(StreamSubscription stream, social.woolly.core.model.Notification notification)
            implements Content {}

    /** {@code filters_changed}: the user's keyword filters changed; reload them. */
    record FiltersChanged(StreamSubscription stream) implements Content {}

    /** {@code notifications_merged}: accepted notification requests were merged; reload notifications. */
    record NotificationsMerged(StreamSubscription stream) implements Content {}

    /** {@code conversation}: a direct conversation changed; {@code json} is the Conversation entity. */
    record Conversation(StreamSubscription stream, String json) implements Content {}

    /**
     * {@code announcement}, {@code announcement.reaction} or {@code announcement.delete}, with the
     * payload as sent: an Announcement, a reaction object, or an announcement id.
     */
    record Announcement(StreamSubscription stream, String event, String payload) implements Content {}

    /** An event this client does not know (e.g. {@code encrypted_message}); safe to ignore. */
    record Unknown(StreamSubscription stream, String event, String payload) implements Content {}

    /**
     * A frame that could not be read: not JSON, no event name or stream, or a payload without the
     * expected shape. The socket stays open; the frame is dropped.
     *
     * @param event the event name, or the empty string if there was none
     * @param reason what was wrong, for logs; never contains the token
     */
    record Malformed(String event, String reason) implements StreamEvent {}

    /**
     * The server's {@code {"error": …, "status": …}} answer on the socket, typically to a
     * subscription it does not know or does not allow, or Pleroma's {@code pleroma:respond} with
     * {@code "result":"error"} to a {@code subscribe} (status 0: Pleroma sends none).
     */
    record Refused(String error, int status) implements StreamEvent {}

    /** The socket is open and every remembered subscription has been (re-)sent. */
    record Connected() implements Lifecycle {}

    /**
     * The socket closed or could not be opened; another attempt follows after {@code retryIn}.
     *
     * @param reason what happened, for logs and a status line; never contains the token
     */
    record Disconnected(String reason, Duration retryIn) implements Lifecycle {}

    /**
     * The socket is open again after it had been connected and dropped. Events sent meanwhile are
     * lost: a timeline fills the gap over REST (statuses newer than its newest).
     *
     * @param gap from the drop to now
     * @param lastEventAt when the last event arrived before the drop, if any did
     */
    record Resumed(Duration gap, @Nullable Instant lastEventAt) implements Lifecycle {}

    /**
     * The server has no usable streaming endpoint (it answered the upgrade with this HTTP status,
     * e.g. 404, 400 or 501, or refused to switch protocols). Sent once; the client stops trying.
     * Timelines fall back to polling.
     */
    record Unavailable(int httpStatus) implements Lifecycle {}

    /**
     * HTTP 401 on the upgrade: the token is invalid or revoked, so the user must sign in again.
     * Sent once; the client stops trying.
     */
    record Unauthorized() implements Lifecycle {}
}
