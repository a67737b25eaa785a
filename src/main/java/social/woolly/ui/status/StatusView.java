package social.woolly.ui.status;

import java.text.MessageFormat;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Mention;
import social.woolly.core.model.PreviewCard;
import social.woolly.core.model.Status;
import social.woolly.ui.common.Icons;

/**
 * One post as a list shows it. The node tree is built once; {@link #bind(StatusItem)} fills it with
 * another post, so a list cell keeps one view for every post it shows while scrolling. Follows the
 * item while bound: a favourite or an opened content warning shows at once, and the relative time
 * follows the timeline's {@link TimeTicker}. FX thread only.
 */
public final class StatusView extends VBox {

    /** Narrower than this the view does not shrink; wider, it takes the list's width. */
    public static final double MIN_WIDTH = 320;

    private static final double AVATAR_SIZE = 46;

    private final StatusViewContext context;
    private final ReblogLine reblogLine;
    private final WarningBar filterBar;
    private final AvatarRow main;
    private final Avatar avatar;
    private final StatusHeader header;
    private final Label replyLine = new Label();
    private final WarningBar warning;
    private final RichTextView content;
    private final MediaGrid media;
    private final PollView poll;
    private final LinkCardView card;
    private final QuotedStatusView quote;
    private final StatusActionBar actions;
    private final VBox column;
    // The parts in their places, for putting back the ones taken out (see place()).
    private final List<Node> columnOrder;
    private final List<Node> rootOrder;
    private boolean mediaCleared;
    private final InvalidationListener stateListener = _ -> applyState();
    private final InvalidationListener statusListener = _ -> statusChanged();
    private final InvalidationListener tickListener = _ -> refreshTime();
    private @Nullable StatusItem item;

    public StatusView(StatusViewContext context) {
        this.context = context;
        getStyleClass().add("status-view");
        setMinWidth(0);
        reblogLine = new ReblogLine(context, AVATAR_SIZE);
        filterBar = new WarningBar(context, Icons::filtered, "status-filter-warning");
        avatar = new Avatar(context, AVATAR_SIZE);
        avatar.setOnMouseClicked(_ -> openAuthor());
        header = new StatusHeader(context);
        replyLine.getStyleClass().add("status-reply-to");
        replyLine.setGraphic(Icons.reply());
        warning = new WarningBar(context, Icons::contentWarning, "status-content-warning");
        content = new RichTextView(context, 20);
        content.getStyleClass().add("status-content");
        media = new MediaGrid(context);
        poll = new PollView(context);
        card = new LinkCardView(context);
        quote = new QuotedStatusView(context);
        actions = new StatusActionBar(context);
        column = new VBox(header, replyLine, warning, content, media, poll, card, quote, actions);
        columnOrder = List.copyOf(column.getChildren());
        column.getStyleClass().add("status-column");
        column.setMinWidth(0);
        main = new AvatarRow(avatar, column, 12);
        main.getStyleClass().add("status-main");
        main.setMinWidth(0);
        getChildren().addAll(reblogLine, filterBar, main);
        rootOrder = List.copyOf(getChildren());
        context.ticker().tickProperty().addListener(new WeakInvalidationListener(tickListener));
    }

    /** Shows {@code next} in this view, replacing whatever it showed. */
    public void bind(StatusItem next) {
        // Each part's show replaces what it showed, over the nodes it has (new nodes would each cost
        // a CSS pass): only stop following the old item here, do not empty the parts.
        detach();
        item = next;
        next.statusProperty().addListener(statusListener);
        next.contentWarningExpandedProperty().addListener(stateListener);
        next.mediaRevealedProperty().addListener(stateListener);
        next.filterBypassedProperty().addListener(stateListener);
        Status shown = next.shown();
        reblogLine.show(next);
        filterBar.show(
                WarningBar.plain(MessageFormat.format(
                        context.string("status.filtered"), String.join(", ", next.warningFilterTitles()))),
                context.string("status.filtered.show"),
                () -> next.filterBypassedProperty().set(true));
        avatar.show(shown.account(), shown.account().displayName());
        header.show(next, context.ticker().tickProperty().get());
        String reply = replyText(shown);
        replyLine.setText(reply);
        show(replyLine, reply != null);
        content.show(next.content());
        if (next.hasContentWarning()) {
            warning.show(
                    next.spoiler(),
                    "",
                    () -> next.contentWarningExpandedProperty()
                            .set(!next.contentWarningExpandedProperty().get()));
        } else {
            warning.clear();
        }
        quote.show(next);
        statusChanged();
        applyState();
    }

    /** Lets go of the item: stops following it and cancels image loads. */
    public void unbind() {
        if (!detach()) {
            return;
        }
        reblogLine.clear();
        filterBar.clear();
        avatar.clear();
        header.clear();
        warning.clear();
        content.clear();
        media.clear();
        poll.clear();
        card.clear();
        quote.clear();
        actions.clear();
    }

    /** Brings the relative time (and a poll's time left) up to date; the ticker calls it. */
    public void refreshTime() {
        header.refreshTime(context.ticker().tickProperty().get());
        poll.refreshTime();
    }

    /** The item shown, or null when none. */
    public @Nullable StatusItem item() {
        return item;
    }

    /** A one-line summary for screen readers: who, what (or the warning), when. */
    public String accessibleSummary() {
        StatusItem shown = item;
        if (shown == null) {
            return "";
        }
        String what = shown.hasContentWarning()
                ? shown.spoiler().plainText()
                : shown.content().plainText();
        String when = context.time().since(shown.shown().createdAt());
        return header.nameText() + ": " + (what.length() > 300 ? what.substring(0, 300) + "…" : what) + ", " + when;
    }

    /** Stops following the item shown; false if there was none. */
    private boolean detach() {
        StatusItem old = item;
        if (old == null) {
            return false;
        }
        old.statusProperty().removeListener(statusListener);
        old.contentWarningExpandedProperty().removeListener(stateListener);
        old.mediaRevealedProperty().removeListener(stateListener);
        old.filterBypassedProperty().removeListener(stateListener);
        item = null;
        return true;
    }

    private void statusChanged() {
        StatusItem shown = item;
        if (shown != null) {
            actions.show(shown);
            if (shown.shown().poll() != null) {
                poll.show(shown);
            } else {
                poll.clear();
            }
        }
    }

    /** Shows or hides the parts that the warning, the filter and the media cover decide on. */
    private void applyState() {
        StatusItem shown = item;
        if (shown == null) {
            return;
        }
        Status status = shown.shown();
        boolean collapsedByFilter = shown.isCollapsedByFilter();
        place(filterBar, collapsedByFilter);
        show(main, !collapsedByFilter);
        place(reblogLine, !collapsedByFilter && shown.isReblog());
        boolean open = !shown.hasContentWarning()
                || shown.contentWarningExpandedProperty().get();
        place(warning, shown.hasContentWarning());
        warning.toggle().setText(context.string(open ? "status.cw.hide" : "status.cw.show"));
        show(content, open && !shown.content().isEmpty());
        boolean hasMedia = !status.mediaAttachments().isEmpty();
        // A part that is hidden lets go of its pictures: a view that showed a post with photos and
        // then one without would keep them (and their textures) for as long as the view lives.
        if (open && hasMedia) {
            media.show(shown);
        } else {
            media.clear();
        }
        placeMedia(open && hasMedia);
        place(poll, open && status.poll() != null);
        boolean hasQuote = status.quote() != null;
        // As Mastodon does: the card only when nothing else illustrates the post.
        PreviewCard preview = status.card();
        boolean showCard = open && preview != null && !hasMedia && !hasQuote;
        if (showCard) {
            card.show(preview, shown.cardBlurhash());
        } else {
            card.clear();
        }
        place(card, showCard);
        place(quote, open && hasQuote);
    }

    private @Nullable String replyText(Status shown) {
        if (shown.inReplyToId() == null) {
            return null;
        }
        String accountId = shown.inReplyToAccountId();
        if (shown.account().id().equals(accountId)) {
            return context.string("status.replyToThread");
        }
        List<Mention> mentions = shown.mentions();
        for (Mention mention : mentions) {
            if (mention.id().equals(accountId) && !mention.acct().isEmpty()) {
                return MessageFormat.format(context.string("status.replyTo"), "@" + mention.acct());
            }
        }
        return context.string("status.replyToSomeone");
    }

    private void openAuthor() {
        StatusItem shown = item;
        if (shown != null) {
            var account = shown.shown().account();
            context.links().openProfile(new LinkHandler.Profile(account.id(), account.acct(), account.url()));
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /**
     * Shows or hides a part most posts do not have, taking it out of the view while hidden: a list
     * cell that comes back into the list gets its whole node tree matched against the style sheets
     * again, and these parts are a third of a view's nodes (the media grid another 40 %).
     */
    private void place(Node part, boolean shown) {
        show(part, shown);
        Pane parent = columnOrder.contains(part) ? column : this;
        List<Node> order = parent == column ? columnOrder : rootOrder;
        ObservableList<Node> children = parent.getChildren();
        if (shown == (part.getParent() == parent)) {
            return;
        }
        if (!shown) {
            children.remove(part);
            return;
        }
        int at = 0;
        for (Node node : order) {
            if (node == part) {
                break;
            }
            if (node.getParent() == parent) {
                at++;
            }
        }
        children.add(at, part);
    }

    /**
     * As {@link #place}, but the media grid leaves the view only once a post after its pictures were
     * cleared: the renderer lets go of a picture only when the (attached) view is synced, and a grid
     * taken out at once would keep the last post's pictures while out.
     */
    private void placeMedia(boolean shown) {
        if (shown || mediaCleared) {
            place(media, shown);
        } else {
            show(media, false);
        }
        mediaCleared = !shown;
    }

    /**
     * The height a list cell needs to show this view when the cell is {@code width} wide (-1: any
     * width), the cell's own insets included.
     */
    public double heightInCell(Region cell, double width) {
        double inner = width < 0 ? -1 : Math.max(0, width - cell.snappedLeftInset() - cell.snappedRightInset());
        return cell.snappedTopInset() + prefHeight(inner) + cell.snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        // Text would ask for its unwrapped width; the list gives the view its own width instead.
        return MIN_WIDTH;
    }
}
