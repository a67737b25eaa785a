package social.woolly.ui.compose;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import social.woolly.core.compose.Draft;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * One account's stored drafts other than the one in its composer: listed newest first, opened in
 * the composer (the draft shown there stays saved), or deleted. FX thread only.
 */
public final class DraftListViewModel {
    private final ComposeViewModel composer;
    private final String accountKey;
    private final Drafts drafts;
    private final BackgroundRunner runner;
    private final ErrorMessages errors;
    private final ObservableList<Draft> items = FXCollections.observableArrayList();
    private final ObservableList<Draft> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Cancellable loading = Cancellable.NONE;

    public DraftListViewModel(
            ComposeViewModel composer,
            String accountKey,
            Drafts drafts,
            BackgroundRunner runner,
            ErrorMessages errors) {
        this.composer = composer;
        this.accountKey = accountKey;
        this.drafts = drafts;
        this.runner = runner;
        this.errors = errors;
        // A draft saved as the composer moves on to another joins the list; saves of the one shown do not.
        composer.onDraftSaved(saved -> {
            if (!saved.id().equals(composer.draft().id())) {
                refresh();
            }
        });
    }

    /** Reads the list again (the composer saves in the background, so it may have changed). */
    public void refresh() {
        loading.cancel();
        loading = runner.runBlocking(() -> drafts.list(accountKey), this::show, this::failed);
    }

    private void show(List<Draft> stored) {
        String open = composer.draft().id();
        items.setAll(stored.stream().filter(d -> !d.id().equals(open)).toList());
        count.set(items.size());
        error.set("");
    }

    /** Shows {@code stored} in the composer; the draft it showed stays in the list. */
    public void open(Draft stored) {
        composer.openStored(stored);
        refresh();
    }

    /** Throws a draft away (the view has asked first). */
    public void delete(Draft stored) {
        items.remove(stored);
        count.set(items.size());
        runner.runBlocking(() -> drafts.delete(stored.id()), deleted -> refresh(), this::failed);
    }

    private void failed(Exception failure) {
        error.set(errors.draftNotSaved());
    }

    public ObservableList<Draft> items() {
        return readOnlyItems;
    }

    /** How many drafts the list holds. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
