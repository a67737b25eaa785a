package social.woolly.ui.home;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.api.streaming.StreamSubscription;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.Published;
import social.woolly.core.model.MastodonList;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.timeline.ReadPosition;
import social.woolly.core.timeline.Timeline;
import social.woolly.core.timeline.TimelineSource;
import social.woolly.ui.status.StatusItemFactory;
import social.woolly.ui.status.StatusViewContext;
import social.woolly.ui.timeline.TimelineActions;
import social.woolly.ui.timeline.TimelineView;
import social.woolly.ui.timeline.TimelineViewModel;

/**
 * One account's workspace: the navigation column and the timeline it shows, each timeline built
 * once and kept (switching back keeps the scroll position), painted from the local cache at once
 * and kept live over the account's one streaming socket, or by polling where there is none.
 */
public final class AccountHome {
    private static final long POLL_SECONDS = 60;

    private final AccountSession session;
    private final HomeServices services;
    private final StatusItemFactory items;
    private final StatusViewContext context;
    private final TimelineActions actions;
    private final BorderPane layout = new BorderPane();
    private final StackPane content = new StackPane();
    private final NavColumn nav;
    private final Map<Place, TimelineViewModel> timelines = new EnumMap<>(Place.class);
    private final Map<Place, Node> views = new EnumMap<>(Place.class);
    private final InPlaceTimelines tags;
    private final InPlaceTimelines lists;
    private final OtherProfiles profiles;
    private final NavSections navSections;
    private final ComposerOptions composerOptions;
    private final PostMenu postMenu;
    private final ThreadPlace thread;
    private Place current = Place.HOME;
    private @Nullable ServerInfo info;
    private @Nullable ComposerPanel composer;
    private final HomeCache cache;
    private final HomeStream stream;
    private final PollingPlan polling = new PollingPlan();
    private @Nullable ScheduledFuture<?> poll;

    public AccountHome(AccountSession session, HomeServices services) {
        this(session, services, ComposerOptions.defaults());
    }

    /** @param composerOptions "post as" and where the composer opens */
    public AccountHome(AccountSession session, HomeServices services, ComposerOptions composerOptions) {
        this.session = session;
        this.services = services;
        this.cache = new HomeCache(session, services);
        this.composerOptions = composerOptions;
        this.postMenu = new PostMenu(session, services, this::composer, this::deleted);
        this.items = new StatusItemFactory(session.account().server());
        BrowserLinks links =
                new BrowserLinks(services.browser(), session.account().server(), this::showTag, this::showProfile);
        this.actions = new TimelineActions(
                session.api(),
                services.runner(),
                services.errors(),
                services.showProblem(),
                item -> composer().reply(item),
                postMenu,
                this::openThread);
        this.context = new StatusViewContext(
                services.text(),
                services.images(),
                links,
                actions,
                services.time(),
                services.ticker(),
                services.counts(),
                session.account().id());
        this.thread = new ThreadPlace(
                content,
                new social.woolly.ui.thread.ThreadViewModel(
                        session.api().statuses(),
                        services.runner(),
                        // A thread shows long posts in full; lists cut them.
                        new StatusItemFactory(
                                new social.woolly.core.content.ContentParser(),
                                session.account().server()),
                        services.errors(),
                        services.text()),
                context,
                services.text());
        this.nav = new NavColumn(services.text(), this::show, () -> composer().newPost());
        this.tags = new InPlaceTimelines(5, () -> stream().client());
        this.lists = new InPlaceTimelines(3, () -> stream().client());
        this.stream = new HomeStream(session, services, timelines::get, this::everyTimeline, List.of(tags, lists));
        this.profiles = new OtherProfiles(
                session.api(),
                services.runner(),
                new ProfileHome(this::timeline, context, services.text(), content, () -> show(current), links));
        this.navSections = new NavSections(session.api(), services, nav, this::showList, this::showTag);
        HomeKeys keys = new HomeKeys(
                services.clock(),
                () -> current,
                this::show,
                () -> ShortcutsDialog.show(layout, services.text()),
                () -> composer().newPost());
        layout.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
        layout.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, keys);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(nav, content);
        javafx.scene.control.SplitPane.setResizableWithParent(nav, false);
        split.getStyleClass().add("account-home-split");
        // Every account shares one column width, remembered with the window.
        split.getDividers().getFirst().positionProperty().bindBidirectional(services.navDivider());
        layout.setCenter(split);
        layout.getStyleClass().add("account-home");
        cache.open(this::showHomeFirst);
        stream.start(items, timelines.keySet(), this::serverKnown);
        // Built now, so that a draft left by a crash is offered back at once.
        composer();
        poll = services.scheduler()
                .scheduleWithFixedDelay(
                        () -> services.runner().runOnFxThread(this::tick),
                        POLL_SECONDS,
                        POLL_SECONDS,
                        TimeUnit.SECONDS);
    }

    // The person may have opened a list or a hashtag from the column before the cache opened.
    private void showHomeFirst() {
        if (content.getChildren().isEmpty()) {
            show(Place.HOME);
        }
    }

    public Node view() {
        return layout;
    }

    /**
     * The server described itself: the composer counts against its limits (Pleroma allows 5,000
     * characters, Mastodon 500) and public feeds it switched off show why when opened.
     */
    private void serverKnown(ServerInfo known) {
        info = known;
        actions.useServer(known);
        if (composer != null) {
            composer.useLimits(known.limits());
        }
    }

    private ComposerPanel composer() {
        if (composer == null) {
            composer = new ComposerPanel(session, services, layout, composerOptions, this::published);
            ServerInfo known = info;
            if (known != null) {
                composer.useLimits(known.limits());
            }
        }
        return composer;
    }

    private void published(Published published) {
        if (published instanceof Published.Edited edited) {
            // The edited post changes in place; its text is parsed off the FX thread.
            services.runner()
                    .runBlocking(
                            () -> items.create(edited.status()),
                            item -> everyTimeline().forEach(vm -> vm.streamedEdit(item)),
                            failure -> {});
            return;
        }
        TimelineViewModel home = timelines.get(Place.HOME);
        if (home != null) {
            home.refresh();
        }
        if (views.get(Place.PROFILE) instanceof ProfilePane profile) {
            profile.refresh();
        }
    }

    private void deleted(String statusId) {
        everyTimeline().forEach(vm -> vm.streamedDelete(statusId));
    }

    /** Opens a draft of another account here, to post it from this one ("post as"). */
    public void receiveDraft(Draft draft, AccountSession from) {
        composer().receive(draft, from);
    }

    /** The post menu (for tests). */
    PostMenu postMenu() {
        return postMenu;
    }

    /** Whether the stream counts as live, so that only the safety net polls (for tests). */
    boolean isLive() {
        return stream.isLive();
    }

    /** The composer (for tests). */
    ComposerPanel composerPanel() {
        return composer();
    }

    /** Shows a place of the navigation column, building its timeline the first time. */
    public void show(Place place) {
        current = place;
        nav.select(place);
        // The profile is read again each time it is opened: counts and posts change elsewhere too.
        if (views.get(place) instanceof ProfilePane profile) {
            profile.refresh();
        }
        Node view = views.computeIfAbsent(place, this::build);
        content.getChildren().setAll(view);
        // Never take the keyboard from someone typing (the composer may have opened first).
        boolean typing = layout.getScene() != null
                && layout.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (view instanceof TimelineView timeline && !typing) {
            timeline.focusList();
        } else if (view instanceof ProfilePane profile && !typing) {
            profile.timeline().focusList();
        }
    }

    private Node build(Place place) {
        Optional<String> closed = PlaceSources.closedFeed(place, info, services.text());
        if (closed.isPresent()) {
            Label reason = new Label(closed.get());
            reason.setWrapText(true);
            reason.getStyleClass().add("nav-soon");
            return reason;
        }
        Optional<TimelineSource> source =
                PlaceSources.sourceOf(place, session.api(), session.account().id());
        if (source.isEmpty()) {
            Label soon = new Label(services.text().getString("nav.soon"));
            soon.getStyleClass().add("nav-soon");
            return soon;
        }
        TimelineViewModel viewModel = timeline(source.get());
        timelines.put(place, viewModel);
        if (place == Place.HOME) {
            viewModel.trackReadPosition(new ReadPosition(session.api().markers(), services.clock()));
        }
        stream.subscribe(place);
        TimelineView timelineView = new TimelineView(viewModel, context, services.text());
        Node view = place == Place.PROFILE
                ? new ProfilePane(
                        timelineView,
                        new social.woolly.ui.status.AccountHeader(context),
                        () -> session.api().accounts().verifyCredentials(),
                        services.runner())
                : timelineView;
        cache.openTimeline(viewModel);
        return view;
    }

    /** Opens a post's thread in place of the timeline shown (Back returns to it as it was). */
    public void openThread(social.woolly.ui.status.StatusItem item) {
        thread.open(item);
    }

    /** Opens a hashtag's timeline in place of the current one (kept for the last few tags). */
    public void showTag(String name) {
        String tag = name.startsWith("#") ? name.substring(1) : name;
        StreamSubscription live = StreamSubscription.hashtag(tag);
        content.getChildren()
                .setAll(tags.show(
                        Objects.requireNonNull(live.tag()),
                        live,
                        () -> timeline(TimelineSource.tag(session.api(), tag)),
                        viewModel -> inPlace("#" + tag, "tag-pane", viewModel)));
        nav.selectEntry(NavSections.tagKey(tag));
    }

    /** Opens one of the person's lists in place of the current timeline (kept for the last few lists). */
    public void showList(MastodonList list) {
        content.getChildren()
                .setAll(lists.show(
                        list.id(),
                        StreamSubscription.list(list.id()),
                        () -> timeline(TimelineSource.list(session.api(), list.id())),
                        viewModel -> inPlace(list.title(), "list-pane", viewModel)));
        nav.selectEntry(NavSections.listKey(list.id()));
    }

    /** Opens someone's profile (a mention) in place of the current timeline. */
    public void showProfile(social.woolly.ui.status.LinkHandler.Profile profile) {
        profiles.open(profile);
    }

    private Node inPlace(String title, String styleClass, TimelineViewModel viewModel) {
        return new InPlacePane(
                title,
                styleClass,
                new TimelineView(viewModel, context, services.text()),
                services.text(),
                () -> show(current));
    }

    private TimelineViewModel timeline(TimelineSource source) {
        return new TimelineViewModel(
                new Timeline(source),
                services.runner(),
                items,
                services.errors(),
                unauthorized -> services.signedOut().accept(session.key()));
    }

    private HomeStream stream() {
        return stream;
    }

    private List<TimelineViewModel> everyTimeline() {
        List<TimelineViewModel> all = new java.util.ArrayList<>(timelines.values());
        all.addAll(tags.all());
        all.addAll(lists.all());
        return all;
    }

    /**
     * Every minute: poll what the stream does not carry (see {@link PollingPlan}), and keep the
     * cache fresh.
     */
    void tick() {
        polling.due(stream.isLive(), stream.support(), timelines.values(), tags.all(), lists.all())
                .forEach(TimelineViewModel::refresh);
        cache.save(timelines.values());
    }

    /** Closes the stream and stops polling; saves each timeline's newest posts first. */
    public void dispose() {
        cache.save(timelines.values());
        ScheduledFuture<?> ticking = poll;
        if (ticking != null) {
            ticking.cancel(false);
        }
        stream.close();
        timelines.values().forEach(TimelineViewModel::dispose);
        tags.dispose();
        lists.dispose();
        profiles.dispose();
        navSections.dispose();
        if (views.get(Place.PROFILE) instanceof ProfilePane profile) {
            profile.dispose();
        }
        thread.dispose();
        if (composer != null) {
            composer.dispose();
        }
    }

    /** Where a mention's or hashtag's server lives, for opening it in the browser for now. */
    static URI serverOf(AccountSession session) {
        return URI.create(session.account().server());
    }
}
