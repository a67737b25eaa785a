package social.woolly.ui.status;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.RichText;
import social.woolly.core.model.Poll;
import social.woolly.ui.common.Icons;

/**
 * A poll: while the user can vote, its options as radio buttons or check boxes and a Vote button;
 * once voted or closed, each option with its share as a bar, the leader marked and the user's own
 * choices ticked. When the server hides the counts until the end, only the options show. Below:
 * how many voted and how long it still runs.
 */
final class PollView extends VBox {

    private final StatusViewContext context;
    private final VBox options = new VBox(6);
    private final Button vote = new Button();
    private final Label summary = new Label();
    private final List<ButtonBase> choices = new ArrayList<>();
    private @Nullable StatusItem item;
    private @Nullable Poll shownPoll;

    PollView(StatusViewContext context) {
        super(8);
        this.context = context;
        getStyleClass().add("status-poll");
        vote.setText(context.string("status.poll.vote"));
        vote.getStyleClass().addAll("status-poll-vote", "small");
        vote.setOnAction(_ -> submit());
        summary.getStyleClass().add("status-poll-summary");
        HBox footer = new HBox(10, vote, summary);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(options, footer);
    }

    void show(StatusItem item) {
        Poll poll = item.shown().poll();
        if (item == this.item && poll == shownPoll) {
            // The status changed for another reason (a favourite): keep the user's unsent choice.
            refreshTime();
            return;
        }
        this.item = item;
        shownPoll = poll;
        options.getChildren().clear();
        choices.clear();
        if (poll == null) {
            return;
        }
        boolean canVote = !poll.expired() && Boolean.FALSE.equals(poll.voted()) && !isPast(poll);
        ToggleGroup group = new ToggleGroup();
        long total = total(poll);
        long leading = poll.options().stream()
                .mapToLong(o -> o.votesCount() == null ? 0 : o.votesCount())
                .max()
                .orElse(0);
        for (int i = 0; i < poll.options().size(); i++) {
            Poll.Option option = poll.options().get(i);
            RichText title =
                    i < item.pollOptions().size() ? item.pollOptions().get(i) : WarningBar.plain(option.title());
            if (canVote) {
                options.getChildren().add(choice(poll.multiple(), group, title));
            } else {
                boolean own = poll.ownVotes().contains(i);
                options.getChildren().add(result(option, title, total, leading, own));
            }
        }
        vote.setVisible(canVote);
        vote.setManaged(canVote);
        vote.setDisable(true);
        refreshTime();
    }

    /** Updates "closes in …", which the timeline's ticker calls for. */
    void refreshTime() {
        Poll poll = item == null ? null : item.shown().poll();
        if (poll == null) {
            return;
        }
        List<String> parts = new ArrayList<>(2);
        if (poll.multiple() && poll.votersCount() != null) {
            parts.add(format("status.poll.people", poll.votersCount()));
        } else {
            parts.add(format("status.poll.votes", poll.votesCount()));
        }
        if (poll.expired() || isPast(poll)) {
            parts.add(context.string("status.poll.closed"));
        } else if (poll.expiresAt() != null) {
            parts.add(context.time().until(poll.expiresAt()));
        }
        summary.setText(String.join(" · ", parts));
    }

    void clear() {
        item = null;
        shownPoll = null;
        options.getChildren().clear();
        choices.clear();
    }

    private ButtonBase choice(boolean multiple, ToggleGroup group, RichText title) {
        ButtonBase button;
        if (multiple) {
            CheckBox box = new CheckBox();
            box.selectedProperty().addListener((_, _, _) -> updateVoteButton());
            button = box;
        } else {
            RadioButton radio = new RadioButton();
            radio.setToggleGroup(group);
            radio.selectedProperty().addListener((_, _, _) -> updateVoteButton());
            button = radio;
        }
        EmojiLine text = new EmojiLine(context, 18);
        text.show(title);
        button.setGraphic(text);
        button.setAccessibleText(title.plainText());
        button.getStyleClass().add("status-poll-choice");
        choices.add(button);
        return button;
    }

    private Region result(Poll.Option option, RichText title, long total, long leading, boolean own) {
        Integer votes = option.votesCount();
        EmojiLine text = new EmojiLine(context, 18);
        text.show(title);
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("status-poll-row");
        StackPane result = new StackPane();
        result.getStyleClass().add("status-poll-result");
        if (votes != null) {
            double share = total > 0 ? Math.clamp(votes / (double) total, 0, 1) : 0;
            Label percent = new Label(Math.round(share * 100) + "%");
            percent.getStyleClass().add("status-poll-percent");
            percent.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(percent);
            Region bar = new Region();
            bar.getStyleClass().add("status-poll-bar");
            if (votes > 0 && votes == leading) {
                result.getStyleClass().add("status-poll-leading");
            }
            bar.maxWidthProperty().bind(result.widthProperty().multiply(share));
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            result.getChildren().add(bar);
        }
        row.getChildren().add(text);
        HBox.setHgrow(text, Priority.SOMETIMES);
        if (own) {
            Label check = new Label(null, Icons.check());
            check.getStyleClass().add("status-poll-own");
            check.setAccessibleText(context.string("status.poll.ownVote"));
            row.getChildren().add(check);
        }
        result.getChildren().add(row);
        result.setAccessibleText(title.plainText() + (votes == null ? "" : ", " + votes));
        return result;
    }

    private void updateVoteButton() {
        vote.setDisable(selected().isEmpty());
    }

    private List<Integer> selected() {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ButtonBase choice = choices.get(i);
            boolean on = choice instanceof CheckBox box ? box.isSelected() : ((ToggleButton) choice).isSelected();
            if (on) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private void submit() {
        List<Integer> chosen = selected();
        if (item != null && !chosen.isEmpty()) {
            context.actions().vote(item, chosen);
        }
    }

    // Multiple-choice shares are of voters, as Mastodon shows them; single-choice, of votes.
    private static long total(Poll poll) {
        if (poll.multiple() && poll.votersCount() != null && poll.votersCount() > 0) {
            return poll.votersCount();
        }
        return Math.max(0, poll.votesCount());
    }

    private boolean isPast(Poll poll) {
        return poll.expiresAt() != null && context.time().hasPassed(poll.expiresAt());
    }

    private String format(String key, long value) {
        return new MessageFormat(context.string(key), context.text().getLocale()).format(new Object[] {value});
    }
}
