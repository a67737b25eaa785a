package social.woolly.ui.home;

import java.util.function.Supplier;
import javafx.scene.layout.BorderPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.model.Account;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.status.AccountHeader;
import social.woolly.ui.status.StatusItemFactory;
import social.woolly.ui.timeline.TimelineView;

/**
 * The person's own profile: a header with their counts above their posts. The header is loaded
 * again on every {@link #refresh()}, the posts refreshed, so that counts stay current. FX thread only.
 */
final class ProfilePane extends BorderPane {
    private final TimelineView timeline;
    private final AccountHeader header;
    private final Supplier<ApiCall<Account>> account;
    private final BackgroundRunner runner;
    private Cancellable loading = Cancellable.NONE;

    /** @param account the call that reads the account with its counts (verify_credentials) */
    ProfilePane(
            TimelineView timeline, AccountHeader header, Supplier<ApiCall<Account>> account, BackgroundRunner runner) {
        this(timeline, header, account, runner, null);
    }

    /** @param known the account as just read, shown at once instead of reading it again; null to read it */
    ProfilePane(
            TimelineView timeline,
            AccountHeader header,
            Supplier<ApiCall<Account>> account,
            BackgroundRunner runner,
            @Nullable Account known) {
        this.timeline = timeline;
        this.header = header;
        this.account = account;
        this.runner = runner;
        setTop(header);
        setCenter(timeline);
        getStyleClass().add("profile-pane");
        if (known == null) {
            loadHeader();
        } else {
            showHeader(known);
        }
    }

    TimelineView timeline() {
        return timeline;
    }

    /** Reads the header and the newest posts again. */
    void refresh() {
        loadHeader();
        timeline.viewModel().refresh();
    }

    private void loadHeader() {
        loading.cancel();
        // A failed header keeps what it showed: the posts below are what matters, and they say why.
        loading = runner.run(account.get(), this::showHeader, failure -> {});
    }

    private void showHeader(Account loaded) {
        loading = runner.runBlocking(
                () -> StatusItemFactory.displayName(loaded), name -> header.show(loaded, name), failure -> {});
    }

    void dispose() {
        loading.cancel();
    }
}
