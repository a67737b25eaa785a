package social.woolly.ui.home;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import social.woolly.core.timeline.TimelineSource;
import social.woolly.ui.status.AccountHeader;
import social.woolly.ui.status.LinkHandler;
import social.woolly.ui.status.StatusViewContext;
import social.woolly.ui.timeline.TimelineView;
import social.woolly.ui.timeline.TimelineViewModel;

/** What {@link OtherProfiles} needs from an account's home: its timelines, views and the place to show them in. */
final class ProfileHome implements OtherProfiles.Home {
    private final Function<TimelineSource, TimelineViewModel> timelines;
    private final StatusViewContext context;
    private final ResourceBundle text;
    private final StackPane content;
    private final Runnable back;
    private final BrowserLinks links;

    /**
     * @param content where the home shows its timeline, and a profile in its place
     * @param back shows again what the home showed before the profile
     */
    ProfileHome(
            Function<TimelineSource, TimelineViewModel> timelines,
            StatusViewContext context,
            ResourceBundle text,
            StackPane content,
            Runnable back,
            BrowserLinks links) {
        this.timelines = timelines;
        this.context = context;
        this.text = text;
        this.content = content;
        this.back = back;
        this.links = links;
    }

    @Override
    public TimelineViewModel timeline(TimelineSource source) {
        return timelines.apply(source);
    }

    @Override
    public TimelineView view(TimelineViewModel viewModel) {
        return new TimelineView(viewModel, context, text);
    }

    @Override
    public AccountHeader header() {
        return new AccountHeader(context);
    }

    @Override
    public Node inPlace(String title, Node body) {
        return new InPlacePane(title, "profile-pane-other", body, text, back);
    }

    @Override
    public void show(Node view) {
        content.getChildren().setAll(view);
    }

    @Override
    public void openInBrowser(LinkHandler.Profile profile) {
        links.openProfileInBrowser(profile);
    }
}
