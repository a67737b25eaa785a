package social.woolly.ui.home;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.layout.BorderPane;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.DraftMove;
import social.woolly.core.compose.DraftStarts;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.ServerLimits;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.DraftListView;
import social.woolly.ui.compose.DraftListViewModel;
import social.woolly.ui.compose.complete.ComposerCompletion;
import social.woolly.ui.compose.media.MediaFiles;
import social.woolly.ui.compose.media.MediaPart;
import social.woolly.ui.compose.media.MediaTray;
import social.woolly.ui.status.StatusItem;

/**
 * The composer of an account: beside its timelines, or in a window of its own (a setting). Opened
 * with {@code n}, {@code Ctrl+N}, a post's reply button, or Edit / Delete &amp; redraft of a post;
 * closed with Esc (the draft stays). An unsent draft found at start is offered back at once. While
 * open, the draft is saved within a second of every change.
 */
final class ComposerPanel {
    private final AccountSession session;
    private final HomeServices services;
    private final ComposerOptions options;
    private final ComposeViewModel viewModel;
    private final ComposeView view;
    private final DraftListViewModel drafts;
    private final ComposerHeader header;
    private final ComposerPlacement placement;
    private final ComposerParts parts;
    private final ComposerCompletion completion;
    private @Nullable ScheduledFuture<?> saving;

    ComposerPanel(
            AccountSession session,
            HomeServices services,
            BorderPane host,
            ComposerOptions options,
            Consumer<Published> afterPost) {
        this.session = session;
        this.services = services;
        this.options = options;
        this.viewModel = new ComposeViewModel(
                session.key(),
                ServerLimits.MASTODON_DEFAULTS,
                services.drafts(),
                new Publisher(session.api()),
                services.runner(),
                services.errors(),
                services.clock(),
                published -> {
                    header().inform("");
                    drafts().refresh();
                    parts().published(published);
                    afterPost.accept(published);
                });
        this.view = new ComposeView(viewModel, services.text(), this::close);
        addMedia();
        this.parts = new ComposerParts(session, services, viewModel, view, this::editScheduled);
        this.drafts = new DraftListViewModel(
                viewModel, session.key(), services.drafts(), services.runner(), services.errors());
        DraftListView draftList = new DraftListView(drafts, services.text());
        this.header = new ComposerHeader(
                view, viewModel, draftList, session, options.postAs(), services.text(), this::moveTo);
        this.placement = new ComposerPlacement(
                host,
                options.ownWindow(),
                MessageFormat.format(
                        services.text().getString("compose.window.title"),
                        session.account().handle()),
                this::close);
        this.completion = new ComposerCompletion(
                view, session.api(), services.runner(), services.scheduler(), services.images(), services.text());
        viewModel.restoreNewestDraft(this::show);
    }

    private void addMedia() {
        MediaPart media = new MediaPart(
                viewModel::rules, MediaFiles.inDataFolder(session.dataFolder()), services.runner(), services.text());
        viewModel.addPart(media);
        viewModel.addSendingWatcher(media);
        MediaTray tray = new MediaTray(media, services.runner(), services.text());
        view.addPart(tray.body(), tray.addButton());
        tray.acceptDropsOn(view);
        tray.pasteInto(view.textArea());
    }

    /** Opens a scheduled post as a new draft that replaces it once scheduled. */
    private void editScheduled(Draft draft, String scheduledId, Runnable done) {
        viewModel.open(draft);
        parts.replaceAfterScheduling(draft.id(), scheduledId, done);
        show();
    }

    private ComposerParts parts() {
        return parts;
    }

    private ComposerHeader header() {
        return header;
    }

    private DraftListViewModel drafts() {
        return drafts;
    }

    /** The server's real limits, once known. */
    void useLimits(ServerLimits limits) {
        viewModel.useLimits(limits);
        parts.useLimits(limits);
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
        open(DraftStarts.reply(
                session.key(),
                session.account().id(),
                item.shown(),
                null,
                services.clock().instant()));
    }

    /** Opens {@code start} (an edit, a redraft …); the draft shown before stays saved. */
    void open(Draft start) {
        viewModel.open(start);
        header.inform("");
        show();
    }

    /** A draft of another account moved here ("post as"): says what it had to leave behind. */
    void receive(Draft draft, AccountSession from) {
        boolean sameServer = from.account().server().equals(session.account().server());
        DraftMove move =
                DraftMove.to(draft, session.key(), sameServer, services.clock().instant());
        viewModel.open(move.draft());
        List<String> notes = new ArrayList<>();
        notes.add(MessageFormat.format(
                services.text().getString("compose.postAs.moved"),
                from.account().handle()));
        if (move.droppedMedia() > 0) {
            notes.add(MessageFormat.format(services.text().getString("compose.postAs.mediaLeft"), move.droppedMedia()));
        }
        if (move.droppedReply()) {
            notes.add(services.text().getString("compose.postAs.replyLeft"));
        }
        header.inform(String.join(" ", notes));
        show();
    }

    private void moveTo(String accountKey) {
        if (viewModel.editingProperty().get()) {
            return;
        }
        Draft leaving = viewModel.handOver();
        close();
        options.postAs().move(accountKey, leaving, session);
    }

    private boolean isOpen() {
        return placement.isShowing(view);
    }

    private void show() {
        placement.show(view);
        view.focusText();
        drafts.refresh();
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
        placement.hide();
        header.inform("");
        ScheduledFuture<?> ticking = saving;
        saving = null;
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** The composer's state (for tests). */
    ComposeViewModel viewModel() {
        return viewModel;
    }

    /** The composer's view (for tests). */
    ComposeView view() {
        return view;
    }

    /** The composer's own window, once opened there (for tests). */
    javafx.stage.@Nullable Stage window() {
        return placement.window();
    }

    void dispose() {
        parts.dispose();
        close();
        completion.dispose();
    }
}
