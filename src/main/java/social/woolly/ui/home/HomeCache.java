package social.woolly.ui.home;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.api.Page;
import social.woolly.core.model.Status;
import social.woolly.core.store.TimelineCache;
import social.woolly.ui.timeline.TimelineViewModel;

/**
 * The account's local cache of each place's newest posts: a timeline opens on what it held last
 * time, before the network answers, and the newest page is saved every minute and on close. The
 * database opens and reads and writes off the FX thread; a cache that cannot open leaves every
 * timeline to open empty.
 */
final class HomeCache {
    static final int CACHED_STATUSES = 40;

    private final AccountSession session;
    private final HomeServices services;
    private @Nullable TimelineCache cache;

    HomeCache(AccountSession session, HomeServices services) {
        this.session = session;
        this.services = services;
    }

    /** Opens the cache file; {@code then} runs on the FX thread either way. */
    void open(Runnable then) {
        services.runner()
                .runBlocking(
                        () -> TimelineCache.open(session.cacheFolder().resolve("timelines.db"), services.clock()),
                        opened -> {
                            cache = opened;
                            then.run();
                        },
                        failure -> then.run());
    }

    /** Opens {@code viewModel} on its cached page, or empty without one. */
    void openTimeline(TimelineViewModel viewModel) {
        TimelineCache opened = cache;
        Page<Status> empty = new Page<>(List.of(), null, null);
        if (opened == null) {
            viewModel.open(empty);
            return;
        }
        String key = viewModel.sourceKey();
        services.runner()
                .runBlocking(
                        () -> opened.load(session.key(), key),
                        snapshot -> viewModel.open(
                                snapshot.map(TimelineCache.Snapshot::page).orElse(empty)),
                        failure -> viewModel.open(empty));
    }

    /** Saves the newest page of each timeline. */
    void save(Collection<TimelineViewModel> viewModels) {
        TimelineCache opened = cache;
        if (opened == null) {
            return;
        }
        for (TimelineViewModel viewModel : viewModels) {
            Page<Status> newest = viewModel.newestPage(CACHED_STATUSES);
            String key = viewModel.sourceKey();
            services.runner()
                    .runBlocking(
                            () -> {
                                opened.save(session.key(), key, newest);
                                return key;
                            },
                            saved -> {},
                            failure -> {});
        }
    }
}
