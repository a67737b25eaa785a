package social.woolly.ui.home;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountSession;
import social.woolly.core.compose.Published;
import social.woolly.core.model.ServerLimits;
import social.woolly.ui.common.Icons;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.language.LanguagePart;
import social.woolly.ui.compose.language.LanguageView;
import social.woolly.ui.compose.poll.PollPart;
import social.woolly.ui.compose.poll.PollView;
import social.woolly.ui.compose.schedule.SchedulePart;
import social.woolly.ui.compose.schedule.ScheduleView;
import social.woolly.ui.compose.schedule.ScheduledPostsView;
import social.woolly.ui.compose.schedule.ScheduledPostsViewModel;

/**
 * The composer's poll, schedule and language, and its "Scheduled posts" window, wired to one
 * account's composer.
 */
final class ComposerParts {
    private final AccountSession session;
    private final HomeServices services;
    private final ComposeViewModel viewModel;
    private final ComposeView view;
    private final PollPart poll;
    private final SchedulePart schedule;
    private final ScheduledPostsViewModel.Editor editor;
    private @Nullable Stage scheduledPosts;

    /** @param editor opens a scheduled post in this composer */
    ComposerParts(
            AccountSession session,
            HomeServices services,
            ComposeViewModel viewModel,
            ComposeView view,
            ScheduledPostsViewModel.Editor editor) {
        this.session = session;
        this.services = services;
        this.viewModel = viewModel;
        this.view = view;
        this.editor = editor;
        var words = services.text();
        poll = new PollPart(viewModel.rules().limits());
        schedule = new SchedulePart(
                viewModel::rules,
                session.api().scheduled(),
                services.runner(),
                services.errors(),
                words,
                ZoneId.systemDefault(),
                services.clock());
        LanguagePart language = new LanguagePart(Locale.getDefault(), Locale.getDefault());
        language.loadAccountDefault(session.api().accounts(), services.runner());

        PollView pollView = new PollView(poll, words);
        ScheduleView scheduleView = new ScheduleView(schedule, words);
        LanguageView languageView = new LanguageView(language, words);
        viewModel.addPart(poll);
        viewModel.addPart(schedule);
        viewModel.addPart(language);
        view.addPart(pollView.body(), pollView.toggle());
        view.addPart(scheduleView.body(), scheduleView.button(), languageView.node());

        Button list = new Button(null, Icons.scheduledPosts());
        list.setId("compose-scheduled-posts");
        list.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        list.setTooltip(new Tooltip(words.getString("compose.schedule.list.open")));
        list.setAccessibleText(words.getString("compose.schedule.list.open"));
        list.setOnAction(e -> openScheduledPosts());
        view.addHeaderButtons(list);
    }

    void useLimits(ServerLimits limits) {
        poll.useLimits(limits);
    }

    void published(Published published) {
        schedule.published(published);
    }

    /** The draft just opened replaces the scheduled post {@code scheduledId} once it is scheduled. */
    void replaceAfterScheduling(String draftId, String scheduledId, Runnable done) {
        schedule.replaceAfterScheduling(draftId, scheduledId, done);
    }

    private void openScheduledPosts() {
        Stage open = scheduledPosts;
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        var words = services.text();
        ScheduledPostsViewModel list = new ScheduledPostsViewModel(
                session.key(),
                session.api().scheduled(),
                services.runner(),
                services.errors(),
                viewModel::rules,
                editor,
                words,
                ZoneId.systemDefault(),
                services.clock());
        scheduledPosts = ScheduledPostsView.open(
                list,
                words,
                ZoneId.systemDefault(),
                view.getScene() == null ? null : view.getScene().getWindow());
    }

    void dispose() {
        Stage open = scheduledPosts;
        if (open != null) {
            open.close();
        }
    }
}
