package social.woolly.ui.home;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.Page;
import social.woolly.core.api.streaming.StreamSubscription;
import social.woolly.core.api.streaming.StreamingClient;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.timeline.TimelineViewModel;

/**
 * The hashtag timelines an account opened, the last {@link #MAX} kept (older ones are closed and
 * unsubscribed), each live over the account's stream. FX thread only.
 */
final class TagTimelines {
    static final int MAX = 5;

    private record Opened(TimelineViewModel viewModel, Node view) {}

    private final Function<String, TimelineViewModel> create;
    private final java.util.function.BiFunction<String, TimelineViewModel, Node> viewOf;
    private final Supplier<@Nullable StreamingClient> stream;
    private final Map<String, Opened> opened = new LinkedHashMap<>();

    /**
     * @param create a timeline for a tag (without #)
     * @param viewOf the pane showing a tag's timeline
     * @param stream the account's stream, once connected
     */
    TagTimelines(
            Function<String, TimelineViewModel> create,
            java.util.function.BiFunction<String, TimelineViewModel, Node> viewOf,
            Supplier<@Nullable StreamingClient> stream) {
        this.create = create;
        this.viewOf = viewOf;
        this.stream = stream;
    }

    /** The view of {@code name}'s timeline, opening it (and subscribing) the first time. */
    Node show(String name) {
        String tag = name.startsWith("#") ? name.substring(1) : name;
        String key = tag.toLowerCase(Locale.ROOT);
        Opened shown = opened.remove(key);
        if (shown == null) {
            TimelineViewModel viewModel = create.apply(tag);
            StreamingClient client = stream.get();
            if (client != null) {
                client.subscribe(StreamSubscription.hashtag(tag));
            }
            viewModel.open(new Page<>(List.of(), null, null));
            shown = new Opened(viewModel, viewOf.apply(tag, viewModel));
        }
        opened.put(key, shown);
        while (opened.size() > MAX) {
            String oldest = opened.keySet().iterator().next();
            opened.remove(oldest).viewModel().dispose();
            StreamingClient client = stream.get();
            if (client != null) {
                client.unsubscribe(StreamSubscription.hashtag(oldest));
            }
        }
        return shown.view();
    }

    /** A post that came in on a hashtag stream. */
    void streamed(String tag, StatusItem item) {
        Opened shown = opened.get(tag.toLowerCase(Locale.ROOT));
        if (shown != null) {
            shown.viewModel().streamed(List.of(item));
        }
    }

    /** Subscribes every open tag again (the stream connected after they opened). */
    void subscribeAll(StreamingClient client) {
        opened.keySet().forEach(tag -> client.subscribe(StreamSubscription.hashtag(tag)));
    }

    Collection<TimelineViewModel> all() {
        return opened.values().stream().map(Opened::viewModel).toList();
    }

    void dispose() {
        opened.values().forEach(o -> o.viewModel().dispose());
        opened.clear();
    }
}
