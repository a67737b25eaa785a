package social.woolly.core.api.streaming;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Json;

/**
 * One stream on the multiplexed socket, such as the home timeline ({@code user}) or a hashtag.
 *
 * <p>Content events carry the subscription they arrived on, equal to the one passed to {@link
 * StreamingClient#subscribe}, so a timeline routes events with {@code equals}. Hashtags are
 * case-insensitive on Mastodon, so the tag is kept without {@code #} and in lower case.
 *
 * @param stream the stream's name as Mastodon spells it: {@code user}, {@code public:local} …
 * @param tag the hashtag, for {@code hashtag} and {@code hashtag:local} only
 * @param list the list id, for {@code list} only
 * @see <a href="https://docs.joinmastodon.org/methods/streaming/#streams">Streams</a>
 */
public record StreamSubscription(
        String stream, @Nullable String tag, @Nullable String list) {

    public StreamSubscription {
        Objects.requireNonNull(stream, "stream");
        if (stream.isBlank()) {
            throw new IllegalArgumentException("blank stream name");
        }
        boolean wantsTag = stream.startsWith("hashtag");
        if (wantsTag != (tag != null) || stream.equals("list") != (list != null)) {
            throw new IllegalArgumentException("stream " + stream + " with tag " + tag + " and list " + list);
        }
        if (tag != null) {
            tag = normalizedTag(tag);
        }
        if ((tag != null && tag.isEmpty()) || (list != null && list.isBlank())) {
            throw new IllegalArgumentException("blank tag or list id for " + stream);
        }
    }

    /** Home timeline and notifications, and the user's filter and announcement changes. */
    public static StreamSubscription user() {
        return of("user");
    }

    /** Notifications only. */
    public static StreamSubscription userNotification() {
        return of("user:notification");
    }

    /** The federated timeline: every public status the server knows. */
    public static StreamSubscription publicTimeline() {
        return of("public");
    }

    /** The local timeline: public statuses from this server. */
    public static StreamSubscription publicLocal() {
        return of("public:local");
    }

    /** Public statuses from other servers. */
    public static StreamSubscription publicRemote() {
        return of("public:remote");
    }

    /** Direct conversations, as {@link StreamEvent.Conversation} events. */
    public static StreamSubscription direct() {
        return of("direct");
    }

    /** Public statuses with a hashtag ({@code #} optional). */
    public static StreamSubscription hashtag(String tag) {
        return new StreamSubscription("hashtag", tag, null);
    }

    /** Public statuses from this server with a hashtag. */
    public static StreamSubscription hashtagLocal(String tag) {
        return new StreamSubscription("hashtag:local", tag, null);
    }

    /** Statuses on one of the user's lists. */
    public static StreamSubscription list(String listId) {
        return new StreamSubscription("list", null, listId);
    }

    /**
     * Stands for every stream in an event whose frame named none although it concerns every
     * timeline: Pleroma's and Akkoma's {@code delete} and {@code status.update} frames never carry
     * a {@code stream}. Not a stream to subscribe to.
     */
    public static StreamSubscription everyStream() {
        return of("*");
    }

    /** A stream without parameters by its name, e.g. {@code public:local:media}. */
    public static StreamSubscription of(String stream) {
        return new StreamSubscription(stream, null, null);
    }

    /**
     * The subscription an event's {@code stream} array names: {@code ["user"]}, {@code
     * ["hashtag", "garden"]}, {@code ["list", "42"]}, or a server's internal topic as the only
     * element ({@code ["user:9abc"]}, {@code ["list:42"]}, {@code ["hashtag:garden"]}). Empty if
     * the array is empty or inconsistent.
     */
    static Optional<StreamSubscription> fromWire(List<String> names) {
        if (names.isEmpty() || names.getFirst().isBlank()) {
            return Optional.empty();
        }
        String stream = names.getFirst();
        if (names.size() == 1) {
            Optional<StreamSubscription> topic = fromTopic(stream);
            if (topic.isPresent()) {
                return topic;
            }
        }
        @Nullable String parameter = names.size() > 1 ? names.get(1) : null;
        boolean tagged = stream.startsWith("hashtag");
        boolean listed = stream.equals("list");
        if ((tagged || listed) && (parameter == null || parameter.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(new StreamSubscription(stream, tagged ? parameter : null, listed ? parameter : null));
    }

    /**
     * Akkoma names the stream by its internal topic ({@code "user:<account id>"}, {@code
     * "list:<id>"}, {@code "hashtag:<tag>"}, {@code "direct:<account id>"}), and GoToSocial names
     * list streams {@code "list:<id>"}: map those to what was subscribed. Empty for anything else,
     * which is then read as Mastodon spells it ({@code "public:local"}, {@code "hashtag:local"}).
     */
    private static Optional<StreamSubscription> fromTopic(String topic) {
        int colon = topic.indexOf(':');
        String rest = topic.substring(colon + 1);
        if (colon < 0 || rest.isBlank()) {
            return Optional.empty();
        }
        return switch (topic.substring(0, colon)) {
            case "user" -> {
                // Akkoma's "user:notification:<id>" and "user:pleroma_chat:<id>" are not the home.
                if (rest.startsWith("notification")) {
                    yield Optional.of(userNotification());
                }
                yield rest.startsWith("pleroma_chat") ? Optional.of(of("user:pleroma_chat")) : Optional.of(user());
            }
            case "list" -> Optional.of(list(rest));
            case "hashtag" -> rest.equals("local") ? Optional.empty() : Optional.of(hashtag(rest));
            case "direct" -> Optional.of(direct());
            default -> Optional.empty();
        };
    }

    /** The JSON text that subscribes to this stream on an open socket. */
    String subscribeMessage() {
        return Json.write(new Command("subscribe", stream, tag, list));
    }

    /** The JSON text that ends this subscription. */
    String unsubscribeMessage() {
        return Json.write(new Command("unsubscribe", stream, tag, list));
    }

    private static String normalizedTag(String tag) {
        String bare = tag.strip();
        return (bare.startsWith("#") ? bare.substring(1) : bare).toLowerCase(Locale.ROOT);
    }

    // Gson leaves null components out, so a plain stream sends neither "tag" nor "list".
    private record Command(
            String type,
            String stream,
            @Nullable String tag,
            @Nullable String list) {}
}
