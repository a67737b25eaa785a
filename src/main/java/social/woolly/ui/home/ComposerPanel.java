package social.woolly.ui.home;

import java.text.MessageFormat;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.BorderPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.compose.DraftStarts;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.ServerLimits;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.complete.ComposerCompletion;
import social.woolly.ui.status.StatusItem;

/**
 * The composer beside an account's timelines: opened with {@code n}, {@code Ctrl+N} or a post's
 * reply button, closed with Esc (the draft stays). An unsent draft found at start is offered back
 * at once. While open, the draft is saved within a second of every change.
 */
final class ComposerPanel {
    private final AccountSession session;
    private final HomeServices services;
    private final BorderPane host;
    private final ComposeViewModel viewModel;
    private final ComposeView view;
    private final ComposerCompletion completion;
    private @Nullable ScheduledFuture<?> saving;

    ComposerPanel(AccountSession session, HomeServices services, BorderPane host, Runnable afterPost) {
        this.session = session;
        this.services = services;
        this.host = host;
        this.viewModel = new ComposeViewModel(
                session.key(),
                ServerLimits.MASTODON_DEFAULTS,
                services.drafts(),
                new Publisher(session.api()),
                services.runner(),
                services.errors(),
                services.clock(),
                (Published published) -> afterPost.run());
        this.view = new ComposeView(viewModel, services.text(), this::close);
        this.completion = new ComposerCompletion(
                view, session.api(), services.runner(), services.scheduler(), services.images(), services.text());
        viewModel.restoreNewestDraft(this::show);
    }

    /** The server's real limits, once known. */
    void useLimits(ServerLimits limits) {
        viewModel.useLimits(limits);
    }

    /** A new post, keeping any unsent draft stored. */
    void newPost() {
        if (!isOpen() || !viewModel.textProperty().get().isBlank()) {
            viewModel.openBlank();
        }
        show();
    }

    /** A reply to {@code item}'s post: mentions, content warning and visibility carried over. */
    void reply(StatusItem item) {
        var status = item.shown();
        var draft = DraftStarts.reply(
                session.key(),
                session.account().id(),
                status,
                null,
                services.clock().instant());
        String who = MessageFormat.format(
                services.text().getString("compose.replyingTo"),
                "@" + status.account().acct());
        viewModel.open(draft, who);
        show();
    }

    private boolean isOpen() {
        return host.getRight() == view;
    }

    private void show() {
        host.setRight(view);
        view.focusText();
        if (saving == null) {
            saving = services.scheduler()
                    .scheduleWithFixedDelay(
                            () -> services.runner().runOnFxThread(viewModel::saveIfDue),
                            500,
                            500,
                            TimeUnit.MILLISECONDS);
        }
    }

    void close() {
        viewModel.saveNow();
        host.setRight(null);
        ScheduledFuture<?> ticking = saving;
        saving = null;
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void dispose() {
        close();
        completion.dispose();
    }
}
