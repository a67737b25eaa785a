package social.woolly.ui.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.streaming.Scheduler;
import social.woolly.core.api.streaming.StreamEvent;
import social.woolly.core.api.streaming.StreamSubscription;
import social.woolly.core.api.streaming.StreamingClient;
import social.woolly.core.api.streaming.StreamingSupport;
import social.woolly.core.model.ServerInfo;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;
import social.woolly.ui.timeline.TimelineViewModel;

/**
 * An account's one streaming socket: connects it, subscribes the places shown, and hands each
 * batch of arrivals to the timelines they belong to (new posts as one list change per timeline and
 * batch, edits and deletes everywhere). Knows whether the account is live, so the home polls only
 * when it is not, and says once when the server has no live updates. FX thread only.
 */
final class HomeStream {
    private final AccountSession session;
    private final HomeServices services;
    private final Function<Place, @Nullable TimelineViewModel> timelineOf;
    private final Supplier<List<TimelineViewModel>> everyTimeline;
    private final List<InPlaceTimelines> inPlace;
    private @Nullable StreamingClient client;
    private StreamingSupport support = StreamingSupport.MASTODON;
    private boolean live;
    private boolean refused;
    private boolean toldNotLive;

    /**
     * @param timelineOf the timeline of a place, if built
     * @param everyTimeline every timeline of the account (places and those opened in place)
     * @param inPlace hashtag and list timelines, which route their own posts
     */
    HomeStream(
            AccountSession session,
            HomeServices services,
            Function<Place, @Nullable TimelineViewModel> timelineOf,
            Supplier<List<TimelineViewModel>> everyTimeline,
            List<InPlaceTimelines> inPlace) {
        this.session = session;
        this.services = services;
        this.timelineOf = timelineOf;
        this.everyTimeline = everyTimeline;
        this.inPlace = inPlace;
    }

    /** The socket, once connected (null before, and where the server has none). */
    @Nullable
    StreamingClient client() {
        return client;
    }

    /**
     * Whether posts arrive live now; when not, the home polls. A subscription the server refused
     * since the socket (re)opened counts as not live: the answer does not always say which one it
     * was (Pleroma's does not), and an unrefreshed home is worse than a few extra requests.
     */
    boolean isLive() {
        return live && !refused;
    }

    /** What the server's stream can carry, once its version is known (Mastodon's until then). */
    StreamingSupport support() {
        return support;
    }

    /** Asks the server where it streams, then connects and subscribes {@code shown}. */
    void start(StatusItemFactory items, Iterable<Place> shown, Consumer<ServerInfo> known) {
        AccessToken token = session.token();
        if (token == null || session.account().signedOut()) {
            return;
        }
        LiveUpdates updates = new LiveUpdates(items, services.runner(), services.scheduler(), this::arrived);
        services.runner()
                .run(
                        session.api().instance().serverInfo(),
                        info -> {
                            known.accept(info);
                            support = StreamingSupport.of(info.version());
                            String url = info.streamingUrl() != null
                                    ? info.streamingUrl()
                                    : session.account().server();
                            try {
                                StreamingClient connected = services.client()
                                        .streaming(url, token, updates, Scheduler.using(services.scheduler()));
                                client = connected;
                                if (support.authenticatesByMessage()) {
                                    connected.authenticateByMessage();
                                }
                                connected.subscribe(StreamSubscription.user());
                                shown.forEach(this::subscribe);
                                inPlace.forEach(timelines -> timelines.subscribeAll(connected));
                                connected.connect();
                            } catch (IllegalArgumentException e) {
                                live = false;
                            }
                        },
                        failure -> live = false);
    }

    /** Subscribes the stream of a place just built (Local, Federated; Home comes with the user stream). */
    void subscribe(Place place) {
        StreamingClient connected = client;
        if (connected == null) {
            return;
        }
        switch (place) {
            case LOCAL -> connected.subscribe(StreamSubscription.publicLocal());
            case FEDERATED -> connected.subscribe(StreamSubscription.publicTimeline());
            default -> {
                // Home comes with the user stream; bookmarks and favourites have none.
            }
        }
    }

    private void arrived(List<LiveUpdates.Arrival> batch) {
        // New posts go to each timeline in one list change per batch, in arrival order.
        Map<TimelineViewModel, List<StatusItem>> posts = new LinkedHashMap<>();
        for (LiveUpdates.Arrival arrival : batch) {
            switch (arrival) {
                case LiveUpdates.Arrival.Post post -> {
                    timelineFor(post.stream().stream())
                            .ifPresent(vm -> posts.computeIfAbsent(vm, k -> new ArrayList<>())
                                    .add(post.item()));
                    // Hashtag and list posts carry their tag or list id in the subscription.
                    inPlace.forEach(timelines -> timelines.streamed(post.stream(), post.item()));
                }
                case LiveUpdates.Arrival.Edit edit -> {
                    flush(posts);
                    everyTimeline.get().forEach(vm -> vm.streamedEdit(edit.item()));
                }
                case LiveUpdates.Arrival.Delete delete -> {
                    flush(posts);
                    everyTimeline.get().forEach(vm -> vm.streamedDelete(delete.statusId()));
                }
                case LiveUpdates.Arrival.Lifecycle lifecycle -> lifecycle(lifecycle.event());
                case LiveUpdates.Arrival.Refused refusal -> refused = true;
            }
        }
        flush(posts);
    }

    private static void flush(Map<TimelineViewModel, List<StatusItem>> posts) {
        posts.forEach(TimelineViewModel::streamed);
        posts.clear();
    }

    private Optional<TimelineViewModel> timelineFor(String stream) {
        return Optional.ofNullable(
                switch (stream) {
                    case "user" -> timelineOf.apply(Place.HOME);
                    case "public:local" -> timelineOf.apply(Place.LOCAL);
                    case "public" -> timelineOf.apply(Place.FEDERATED);
                    default -> null;
                });
    }

    private void lifecycle(StreamEvent.Lifecycle event) {
        switch (event) {
            case StreamEvent.Connected connected -> {
                // The subscriptions were sent again; a refusal of one follows this event.
                live = true;
                refused = false;
            }
            case StreamEvent.Resumed resumed -> everyPlace().forEach(TimelineViewModel::resumedAfterGap);
            case StreamEvent.Unauthorized unauthorized -> streamRefused();
            case StreamEvent.Unavailable unavailable -> {
                live = false;
                tellNotLive();
            }
            case StreamEvent.Disconnected disconnected -> live = false;
        }
    }

    private List<TimelineViewModel> everyPlace() {
        List<TimelineViewModel> built = new ArrayList<>();
        for (Place place : Place.values()) {
            TimelineViewModel timeline = timelineOf.apply(place);
            if (timeline != null) {
                built.add(timeline);
            }
        }
        return built;
    }

    /**
     * The streaming server refused the token. A server may take it only in the query string, where
     * Woolly never puts it: so ask the REST API before calling the account signed out, and
     * otherwise just poll.
     */
    private void streamRefused() {
        live = false;
        services.runner().run(session.api().accounts().verifyCredentials(), stillValid -> tellNotLive(), failure -> {
            if (failure instanceof ApiException.Unauthorized) {
                services.signedOut().accept(session.key());
            }
        });
    }

    private void tellNotLive() {
        if (!toldNotLive) {
            toldNotLive = true;
            TimelineViewModel home = timelineOf.apply(Place.HOME);
            if (home != null) {
                home.inform(services.text().getString("timeline.live.unavailable"));
            }
        }
    }

    /** Closes the socket. */
    void close() {
        StreamingClient connected = client;
        if (connected != null) {
            connected.close();
        }
    }
}
