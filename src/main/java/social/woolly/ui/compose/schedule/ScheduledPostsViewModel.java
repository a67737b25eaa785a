package social.woolly.ui.compose.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.api.ScheduledStatusMethods;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.ScheduledDrafts;
import social.woolly.core.model.ScheduledStatus;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * The posts an account has scheduled on its server, soonest first: loads them off the FX thread,
 * reschedules, cancels, and hands one to the composer to edit. Failures show in place; a server
 * without scheduled posts (404) is said calmly, not as an error. FX thread only; needs no toolkit.
 */
public final class ScheduledPostsViewModel {
    /** What the list is doing. */
    public enum Phase {
        LOADING,
        /** Showing the posts (perhaps none). */
        READY,
        /** The server has no scheduled posts feature. */
        UNSUPPORTED,
        /** Loading failed; {@link #errorProperty()} says why. */
        FAILED
    }

    /** Opens a scheduled post in the composer as a new draft that replaces it once scheduled. */
    @FunctionalInterface
    public interface Editor {
        void edit(Draft draft, String replacesScheduledId, Runnable afterReplaced);
    }

    private static final Comparator<ScheduledItem> SOONEST_FIRST =
            Comparator.comparing(ScheduledItem::at, Comparator.nullsLast(Comparator.naturalOrder()));

    private final String accountKey;
    private final ScheduledStatusMethods api;
    private final BackgroundRunner runner;
    private final ErrorMessages errors;
    private final Supplier<ComposeRules> rules;
    private final Editor editor;
    private final ResourceBundle words;
    private final ZoneId zone;
    private final Clock clock;
    private final ObservableList<ScheduledItem> items = FXCollections.observableArrayList();
    private final ObservableList<ScheduledItem> shownItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore", false);
    private @Nullable PageCursor older;
    private Cancellable loading = Cancellable.NONE;
    private final List<Cancellable> actions = new ArrayList<>();

    public ScheduledPostsViewModel(
            String accountKey,
            ScheduledStatusMethods api,
            BackgroundRunner runner,
            ErrorMessages errors,
            Supplier<ComposeRules> rules,
            Editor editor,
            ResourceBundle words,
            ZoneId zone,
            Clock clock) {
        this.accountKey = accountKey;
        this.api = api;
        this.runner = runner;
        this.errors = errors;
        this.rules = rules;
        this.editor = editor;
        this.words = words;
        this.zone = zone;
        this.clock = clock;
    }

    /** Loads the first page again, replacing the list. */
    public void load() {
        loading.cancel();
        phase.set(Phase.LOADING);
        error.set("");
        loading = runner.run(api.list(PageCursor.newest()), page -> show(page, true), this::loadFailed);
    }

    /** Loads the next page, added below. */
    public void loadMore() {
        PageCursor next = older;
        if (next == null) {
            return;
        }
        loading.cancel();
        loading = runner.run(api.list(next), page -> show(page, false), this::loadFailed);
    }

    private void show(Page<ScheduledStatus> page, boolean fresh) {
        if (fresh) {
            items.clear();
        }
        page.items().forEach(status -> items.add(new ScheduledItem(status)));
        // Soonest first, whatever order the server pages in (ids, not times).
        items.sort(SOONEST_FIRST);
        older = page.items().isEmpty() ? null : page.older();
        hasMore.set(older != null);
        phase.set(Phase.READY);
    }

    private void loadFailed(ApiException failure) {
        if (failure instanceof ApiException.NotFound) {
            items.clear();
            phase.set(Phase.UNSUPPORTED);
            return;
        }
        error.set(errors.describe(failure));
        phase.set(items.isEmpty() ? Phase.FAILED : Phase.READY);
    }

    /** A picker for {@code item}'s new time, starting at its current one. */
    public ScheduleChoice choiceFor(ScheduledItem item) {
        return ScheduleChoice.startingAt(item.at(), clock, rules, zone, words);
    }

    /** Moves {@code item} to {@code at} (from {@link ScheduleChoice#accept()}). */
    public void reschedule(ScheduledItem item, Instant at) {
        error.set("");
        actions.add(runner.run(
                api.reschedule(item.id(), at), moved -> replace(item, new ScheduledItem(moved)), this::actionFailed));
    }

    /** Cancels {@code item} (the view has asked the person first): it will not be published. */
    public void cancel(ScheduledItem item) {
        error.set("");
        actions.add(runner.run(api.cancel(item.id()), done -> items.remove(item), this::actionFailed));
    }

    /**
     * Opens {@code item} in the composer as a new draft at the same time; the old one is cancelled
     * once the new one is scheduled, and the list then loads again.
     */
    public void edit(ScheduledItem item) {
        Draft draft = ScheduledDrafts.draftOf(accountKey, item.status(), clock.instant());
        editor.edit(draft, item.id(), this::load);
    }

    private void replace(ScheduledItem old, ScheduledItem fresh) {
        int index = items.indexOf(old);
        if (index >= 0) {
            items.set(index, fresh);
        }
        items.sort(SOONEST_FIRST);
    }

    private void actionFailed(ApiException failure) {
        error.set(
                failure instanceof ApiException.NotFound
                        ? words.getString("compose.schedule.list.gone")
                        : errors.describe(failure));
    }

    /** The window closed: no late answer may touch it. */
    public void dispose() {
        loading.cancel();
        actions.forEach(Cancellable::cancel);
    }

    public ObservableList<ScheduledItem> items() {
        return shownItems;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why loading or the last action failed; empty if nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether there is a further page. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }
}
