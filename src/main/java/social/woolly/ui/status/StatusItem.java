package social.woolly.ui.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.RichText;
import social.woolly.core.model.FilterAction;
import social.woolly.core.model.FilterResult;
import social.woolly.core.model.Status;

/**
 * A status as a list shows it: the status, its text parsed ahead of time and the state that only
 * the UI has (is the content warning open, is sensitive media revealed). Tusky calls this view
 * data. Made off the FX thread by a {@link StatusItemFactory}; used on the FX thread after that.
 */
public final class StatusItem {

    /** What the factory prepared: everything derived from the status that costs time to make. */
    record Texts(
            RichText content,
            RichText spoiler,
            RichText displayName,
            RichText boosterName,
            List<RichText> pollOptions,
            List<int[]> blurhashes,
            int[] cardBlurhash,
            @Nullable StatusItem quoted) {}

    private final ReadOnlyObjectWrapper<Status> status;
    private final Texts texts;
    private final BooleanProperty contentWarningExpanded = new SimpleBooleanProperty(this, "contentWarningExpanded");
    private final BooleanProperty mediaRevealed = new SimpleBooleanProperty(this, "mediaRevealed");
    private final BooleanProperty filterBypassed = new SimpleBooleanProperty(this, "filterBypassed");
    private long timeTick = -1;
    private String timeText = "";
    private double rowWidth = -1;
    private double rowHeight;
    private int rowState;

    StatusItem(Status status, Texts texts) {
        this.status = new ReadOnlyObjectWrapper<>(this, "status", status);
        this.texts = texts;
    }

    /** The status as it came: for a boost, the boost itself. */
    public Status status() {
        return status.get();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The post to show: the boosted one for a boost, else {@link #status()}. */
    public Status shown() {
        return status.get().shown();
    }

    public boolean isReblog() {
        return status.get().reblog() != null;
    }

    /**
     * Replaces the status with a newer copy of the same post whose text did not change: after a
     * favourite, a boost, a vote or a count update (for an edit, make a new item with {@link
     * StatusItemFactory#create(Status, StatusItem)}). Call on the FX thread; views showing the item
     * update at once.
     *
     * @throws IllegalArgumentException if it is another post, or its text changed
     */
    public void setStatus(Status updated) {
        Status old = status.get();
        if (!updated.id().equals(old.id())
                || !updated.shown().content().equals(old.shown().content())
                || !updated.shown().spoilerText().equals(old.shown().spoilerText())) {
            throw new IllegalArgumentException("not the same post with the same text: " + updated.id());
        }
        status.set(updated);
        rowWidth = -1;
    }

    /**
     * The height a list row last gave this post at {@code width}, in its current state (content
     * warning, media and filter toggles), or -1 when unknown. Lets a list size a row that is not on
     * screen without building its nodes again. FX thread.
     */
    public double rowHeight(double width) {
        return width == rowWidth && rowState == toggles() ? rowHeight : -1;
    }

    /** Notes the height a list row gave this post at {@code width} (see {@link #rowHeight}). FX thread. */
    public void rememberRowHeight(double width, double height) {
        rowWidth = width;
        rowHeight = height;
        rowState = toggles();
    }

    private int toggles() {
        return (contentWarningExpanded.get() ? 1 : 0) | (mediaRevealed.get() ? 2 : 0) | (filterBypassed.get() ? 4 : 0);
    }

    public RichText content() {
        return texts.content();
    }

    /** The content warning; empty when the post has none. */
    public RichText spoiler() {
        return texts.spoiler();
    }

    public boolean hasContentWarning() {
        return !texts.spoiler().isEmpty();
    }

    /** The author's name (of the boosted post, for a boost), with custom emoji. */
    public RichText displayName() {
        return texts.displayName();
    }

    /** For a boost, the name of who boosted it; else empty. */
    public RichText boosterName() {
        return texts.boosterName();
    }

    /** The poll's option titles, in order, with custom emoji; empty without a poll. */
    public List<RichText> pollOptions() {
        return texts.pollOptions();
    }

    /**
     * The blurhash of attachment {@code index} decoded to {@code 32 × 32} ARGB pixels, or an empty
     * array when it has none.
     */
    public int[] blurhash(int index) {
        return index >= 0 && index < texts.blurhashes().size()
                ? texts.blurhashes().get(index)
                : new int[0];
    }

    /** The link card's blurhash decoded like {@link #blurhash(int)}; empty without one. */
    public int[] cardBlurhash() {
        return texts.cardBlurhash();
    }

    /** The quoted post, when there is one that may be shown (one level: it quotes nothing itself). */
    public @Nullable StatusItem quoted() {
        return texts.quoted();
    }

    /** The strongest action among the filters the post matched: hide, then warn, then blur; null if none. */
    public @Nullable FilterAction filterAction() {
        FilterAction strongest = null;
        for (FilterResult result : filterResults()) {
            FilterAction action = result.filter().filterAction();
            if (action == FilterAction.HIDE) {
                return FilterAction.HIDE;
            }
            // An action this client does not know yet is safest treated as a warning.
            if (action == FilterAction.WARN || action == FilterAction.UNKNOWN) {
                strongest = FilterAction.WARN;
            } else if (strongest == null) {
                strongest = FilterAction.BLUR;
            }
        }
        return strongest;
    }

    /** Whether a filter says to drop the post from the list; the caller does that. */
    public boolean isFilteredOut() {
        return filterAction() == FilterAction.HIDE;
    }

    /** The titles of the filters that warn about this post, for the "Filtered: …" line. */
    public List<String> warningFilterTitles() {
        List<String> titles = new ArrayList<>();
        for (FilterResult result : filterResults()) {
            FilterAction action = result.filter().filterAction();
            if ((action == FilterAction.WARN || action == FilterAction.UNKNOWN)
                    && !titles.contains(result.filter().title())) {
                titles.add(result.filter().title());
            }
        }
        return titles;
    }

    /** Whether the post is collapsed behind a filter warning right now. */
    public boolean isCollapsedByFilter() {
        return filterAction() == FilterAction.WARN && !filterBypassed.get();
    }

    /** Whether the media should show as blurred placeholders right now. */
    public boolean isMediaHidden() {
        boolean sensitive = shown().sensitive() || filterAction() == FilterAction.BLUR;
        return sensitive && !mediaRevealed.get();
    }

    /** The content warning is open (content shown); false at first. */
    public BooleanProperty contentWarningExpandedProperty() {
        return contentWarningExpanded;
    }

    /** Sensitive or filter-blurred media is revealed; false at first. */
    public BooleanProperty mediaRevealedProperty() {
        return mediaRevealed;
    }

    /** The user chose "Show anyway" on a filter warning; false at first. */
    public BooleanProperty filterBypassedProperty() {
        return filterBypassed;
    }

    /**
     * The relative time of the post, formatted once per tick of the timeline's {@link TimeTicker}
     * rather than once per layout.
     */
    String relativeTime(RelativeTime format, long tick) {
        if (tick != timeTick) {
            timeText = format.since(shown().createdAt());
            timeTick = tick;
        }
        return timeText;
    }

    public void copyStateFrom(StatusItem previous) {
        if (Objects.equals(previous.status().id(), status().id())) {
            contentWarningExpanded.set(previous.contentWarningExpanded.get());
            mediaRevealed.set(previous.mediaRevealed.get());
            filterBypassed.set(previous.filterBypassed.get());
        }
    }

    private List<FilterResult> filterResults() {
        Status outer = status.get();
        if (outer.reblog() == null) {
            return outer.filtered();
        }
        List<FilterResult> all = new ArrayList<>(outer.filtered());
        all.addAll(outer.reblog().filtered());
        return all;
    }

    @Override
    public String toString() {
        return "StatusItem[" + status.get().id() + "]";
    }
}
