package social.woolly.ui.home;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Timelines of one kind opened in place of the current one (hashtags, lists), keyed by a string
 * (a tag in lower case, a list id). The last {@code max} are kept, each live over the account's
 * stream; older ones are closed and unsubscribed. FX thread only.
 */
final class InPlaceTimelines {
    private record Opened(StreamSubscription live, TimelineViewModel viewModel, Node view) {}

    private final int max;
    private final Supplier<@Nullable StreamingClient> stream;
    private final Map<String, Opened> opened = new LinkedHashMap<>();

    /** @param stream the account's stream, once connected */
    InPlaceTimelines(int max, Supplier<@Nullable StreamingClient> stream) {
        this.max = max;
        this.stream = stream;
    }

    /**
     * The view of {@code key}'s timeline, opening it and subscribing to {@code live} the first time.
     *
     * @param create the timeline, not yet opened
     * @param viewOf the pane that shows it
     */
    Node show(
            String key,
            StreamSubscription live,
            Supplier<TimelineViewModel> create,
            Function<TimelineViewModel, Node> viewOf) {
        Opened shown = opened.remove(key);
        if (shown == null) {
            TimelineViewModel viewModel = create.get();
            StreamingClient client = stream.get();
            if (client != null) {
                client.subscribe(live);
            }
            viewModel.open(new Page<>(List.of(), null, null));
            shown = new Opened(live, viewModel, viewOf.apply(viewModel));
        }
        opened.put(key, shown);
        while (opened.size() > max) {
            Opened oldest = opened.remove(opened.keySet().iterator().next());
            oldest.viewModel().dispose();
            StreamingClient client = stream.get();
            if (client != null) {
                client.unsubscribe(oldest.live());
            }
        }
        return shown.view();
    }

    /** A post that came in on {@code on}; dropped unless a timeline here listens to it. */
    void streamed(StreamSubscription on, StatusItem item) {
        for (Opened shown : opened.values()) {
            if (shown.live().equals(on)) {
                shown.viewModel().streamed(List.of(item));
            }
        }
    }

    /** Subscribes every open timeline again (the stream connected after they opened). */
    void subscribeAll(StreamingClient client) {
        opened.values().forEach(o -> client.subscribe(o.live()));
    }

    Collection<TimelineViewModel> all() {
        return opened.values().stream().map(Opened::viewModel).toList();
    }

    void dispose() {
        opened.values().forEach(o -> o.viewModel().dispose());
        opened.clear();
    }
}
