package social.woolly.ui.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.StatusMethods;
import social.woolly.core.model.Context;
import social.woolly.core.model.Status;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;

/**
 * A post's thread on screen: the posts it replies to (oldest first), the post itself, and the
 * replies below it depth first, each indented by how deep it replies. The tree is rebuilt from
 * {@code in_reply_to_id} ({@link ThreadTree}), as servers group and order a context differently;
 * replies whose own replies did not come (snac sends direct replies only) get their context fetched
 * afterwards, a few at most. Opening another post of the thread keeps a few steps to go {@link
 * #back()} to. For a boost, the boosted post's thread opens. FX thread only.
 */
public final class ThreadViewModel {
    /** Back steps kept; older ones are forgotten, so that wandering through replies stays bounded. */
    static final int MAX_BACK_STEPS = 10;

    /** Extra context calls per thread to fetch replies the first answer left out (snac). */
    static final int MAX_EXTRA_CONTEXTS = 10;

    /** Replies deeper than this get no extra call: Enter on the deepest one opens its own thread. */
    static final int DEEPEST_FILLED = 5;

    /** What the list is doing. */
    public enum Phase {
        /** The post and its context are on their way. */
        LOADING,
        /** Showing the thread. */
        IDLE,
        /** Loading failed; {@link #errorProperty()} says why. */
        FAILED
    }

    /** A thread left for a deeper one: what it showed, and which row to select on coming back. */
    private record Step(StatusItem opened, List<ThreadRow> rows, int selected) {}

    /** Rows made in the background; {@code reused} is the opened item, kept, to update with {@code fresh}. */
    private record Built(ThreadLayout layout, @Nullable StatusItem reused, Status fresh) {}

    private final StatusMethods statuses;
    private final BackgroundRunner runner;
    private final StatusItemFactory items;
    private final ErrorMessages errors;
    private final ResourceBundle text;
    private final ObservableList<ThreadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ThreadRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<Cancellable> jobs = new ArrayList<>();
    private @Nullable StatusItem opened;
    private @Nullable Status fetched;
    private @Nullable Context context;
    /** The thread shown, to merge more replies into; null while loading and after {@link #back()}. */
    private @Nullable ThreadLayout shown;
    /** Posts whose context was asked for in this thread, so that none is asked twice. */
    private final Set<String> asked = new HashSet<>();

    /** @param text for the words of a thread's own failures ("no longer available") */
    public ThreadViewModel(
            StatusMethods statuses,
            BackgroundRunner runner,
            StatusItemFactory items,
            ErrorMessages errors,
            ResourceBundle text) {
        this.statuses = statuses;
        this.runner = runner;
        this.items = items;
        this.errors = errors;
        this.text = text;
    }

    /** Opens the thread of {@code item} afresh, forgetting the back steps (opened from a timeline). */
    public void start(StatusItem item) {
        steps.clear();
        load(item);
    }

    /** Opens the thread of {@code item} from the thread shown; {@link #back()} returns here. */
    public void open(StatusItem item) {
        StatusItem current = opened;
        if (current == null) {
            start(item);
            return;
        }
        if (current.shown().id().equals(item.shown().id())) {
            return;
        }
        if (phase.get() == Phase.IDLE) {
            steps.push(new Step(current, List.copyOf(rows), indexOf(item)));
            while (steps.size() > MAX_BACK_STEPS) {
                steps.removeLast();
            }
        }
        load(item);
    }

    /**
     * Goes back to the thread this one was opened from, as it was shown.
     *
     * @return false when there is none: the caller leaves the thread view
     */
    public boolean back() {
        Step step = steps.poll();
        if (step == null) {
            return false;
        }
        cancel();
        shown = null;
        opened = step.opened();
        present(step.rows(), step.selected());
        return true;
    }

    /** Loads the thread shown again, after a failure. */
    public void retry() {
        StatusItem current = opened;
        if (current != null) {
            load(current);
        }
    }

    /** Stops loading and forgets the thread (the view closes or is reused for another account). */
    public void dispose() {
        cancel();
        steps.clear();
        rows.clear();
        shown = null;
        opened = null;
    }

    public ObservableList<ThreadRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Why loading failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The row to select and bring into view: the opened post, or, after {@link #back()}, the post
     * opened from there; -1 while nothing is shown. Set after the rows.
     */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private void load(StatusItem item) {
        cancel();
        opened = item;
        fetched = null;
        context = null;
        shown = null;
        asked.clear();
        selected.set(-1);
        rows.clear();
        error.set("");
        phase.set(Phase.LOADING);
        String id = item.shown().id();
        // The post and its context travel side by side; the rows are made when both are in.
        jobs.add(runner.run(statuses.get(id), status -> arrived(item, status, context), this::fail));
        if (phase.get() == Phase.LOADING) {
            jobs.add(runner.run(statuses.context(id), found -> arrived(item, fetched, found), this::fail));
        }
    }

    private void arrived(StatusItem item, @Nullable Status status, @Nullable Context found) {
        fetched = status;
        context = found;
        if (status == null || found == null) {
            return;
        }
        jobs.add(runner.runBlocking(() -> build(item, status, found), this::show, failure -> {
            cancel();
            error.set(text.getString("thread.failed"));
            phase.set(Phase.FAILED);
        }));
    }

    /** Parses every post (off the FX thread) and places each in the tree. */
    private Built build(StatusItem item, Status status, Context found) {
        // The timeline's own item, when it is this post with the same text, all of it: a favourite
        // here then shows there too.
        boolean reuse = !item.isReblog()
                && !item.content().truncated()
                && item.status().id().equals(status.id())
                && item.status().content().equals(status.content())
                && item.status().spoilerText().equals(status.spoilerText());
        StatusItem openedItem = reuse ? item : items.create(status, item);
        ThreadLayout layout = ThreadLayout.of(ThreadTree.of(status, found), new ThreadRow(openedItem, 0, true), items);
        return new Built(layout, reuse ? item : null, status);
    }

    private void show(Built built) {
        jobs.clear();
        StatusItem reused = built.reused();
        if (reused != null) {
            reused.setStatus(built.fresh());
        }
        present(built.layout().rows(), built.layout().opened());
        shown = built.layout();
        asked.add(built.fresh().id());
        fetchMissingReplies();
    }

    /**
     * Asks for the context of the first reply that has replies of its own but came without them,
     * one call at a time, at most {@link #MAX_EXTRA_CONTEXTS} per thread. A failure just stops it:
     * the thread is already shown, and a server that failed once is not asked again and again.
     */
    private void fetchMissingReplies() {
        ThreadLayout current = shown;
        if (current == null || asked.size() > MAX_EXTRA_CONTEXTS) {
            return;
        }
        for (ThreadTree.Reply reply : current.tree().repliesMissingTheirReplies()) {
            String id = reply.status().id();
            if (reply.depth() < DEEPEST_FILLED && asked.add(id)) {
                jobs.add(runner.run(statuses.context(id), more -> merge(current, more), _ -> {}));
                return;
            }
        }
    }

    private void merge(ThreadLayout current, Context more) {
        jobs.add(runner.runBlocking(() -> current.with(more, items), this::extend, _ -> {}));
    }

    /** Shows the rows of a merge: the rows shown stay, with their selection; new ones go in between. */
    private void extend(ThreadLayout merged) {
        shown = merged;
        if (!merged.insertInto(rows)) {
            present(merged.rows(), merged.opened());
        }
        fetchMissingReplies();
    }

    private void present(List<ThreadRow> shown, int select) {
        selected.set(-1);
        rows.setAll(shown);
        error.set("");
        phase.set(Phase.IDLE);
        selected.set(select);
    }

    private void fail(ApiException failure) {
        cancel();
        rows.clear();
        error.set(failure instanceof ApiException.NotFound ? text.getString("thread.gone") : errors.describe(failure));
        phase.set(Phase.FAILED);
    }

    private int indexOf(StatusItem item) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item() == item) {
                return i;
            }
        }
        return selected.get();
    }

    private void cancel() {
        jobs.forEach(Cancellable::cancel);
        jobs.clear();
    }
}
