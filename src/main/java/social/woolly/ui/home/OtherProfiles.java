package social.woolly.ui.home;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.Page;
import social.woolly.core.model.Account;
import social.woolly.core.timeline.TimelineSource;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.status.AccountHeader;
import social.woolly.ui.status.LinkHandler;
import social.woolly.ui.timeline.TimelineView;
import social.woolly.ui.timeline.TimelineViewModel;

/**
 * Profiles opened from a mention, in place of the timeline: the account's header and posts under
 * a Back bar. One at a time (opening another closes the last), so reading through mentions never
 * piles up timelines. A mention is checked with the server first, by id and then by handle; one
 * that cannot be found (another server's account this server never saw) opens in the browser. FX thread only.
 */
final class OtherProfiles {
    /** What a profile pane needs from its account's home. */
    interface Home {
        TimelineViewModel timeline(TimelineSource source);

        TimelineView view(TimelineViewModel viewModel);

        AccountHeader header();

        Node inPlace(String title, Node body);

        void show(Node view);

        void openInBrowser(LinkHandler.Profile profile);
    }

    private final MastodonApi api;
    private final BackgroundRunner runner;
    private final Home home;
    private @Nullable TimelineViewModel shownTimeline;
    private @Nullable ProfilePane shownPane;
    private Cancellable finding = Cancellable.NONE;

    OtherProfiles(MastodonApi api, BackgroundRunner runner, Home home) {
        this.api = api;
        this.runner = runner;
        this.home = home;
    }

    /**
     * Opens {@code profile} in place, once the server has confirmed the account: by id, else by
     * handle (snac's mention ids name no account). One the server cannot find opens in the browser;
     * on other failures (offline) the profile opens by id and its posts say what went wrong.
     */
    void open(LinkHandler.Profile profile) {
        finding.cancel();
        String id = profile.accountId();
        String acct = profile.acct();
        Consumer<Account> found = account -> show(account.id(), account.acct(), account);
        if (id != null && acct != null) {
            finding = runner.run(api.accounts().get(id, acct), found, failure -> {
                if (failure instanceof ApiException.NotFound) {
                    home.openInBrowser(profile);
                } else {
                    show(id, acct, null);
                }
            });
        } else if (id != null) {
            show(id, "", null);
        } else if (acct != null) {
            finding = runner.run(api.accounts().byHandle(acct), found, failure -> home.openInBrowser(profile));
        } else {
            home.openInBrowser(profile);
        }
    }

    /** @param known the account as the server just confirmed it (its header needs no second read); null if not */
    private void show(String accountId, String acct, @Nullable Account known) {
        close();
        TimelineViewModel viewModel = home.timeline(TimelineSource.account(api, accountId));
        ProfilePane pane = new ProfilePane(
                home.view(viewModel), home.header(), () -> api.accounts().get(accountId), runner, known);
        viewModel.open(new Page<>(java.util.List.of(), null, null));
        shownTimeline = viewModel;
        shownPane = pane;
        home.show(home.inPlace(acct.isEmpty() ? "" : "@" + acct, pane));
    }

    /** Lets go of the profile shown (its posts, its header load). */
    void close() {
        if (shownTimeline != null) {
            shownTimeline.dispose();
            shownTimeline = null;
        }
        if (shownPane != null) {
            shownPane.dispose();
            shownPane = null;
        }
    }

    void dispose() {
        finding.cancel();
        close();
    }
}
