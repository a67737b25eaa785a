package social.woolly.ui.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * What one section of the navigation column lists (the person's lists, followed hashtags), loaded
 * in the background when the column shows and again when it shows after {@link #STALE_AFTER}, or
 * on {@link #refresh()}. Failures stay quiet: this is navigation, not content. FX thread only.
 *
 * @param <T> an entry
 */
final class NavSectionModel<T> {
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /** Where the section stands. */
    enum Phase {
        /** Loading, nothing known yet. */
        LOADING,
        /** Entries to show. */
        SHOWN,
        /** The server has none. */
        EMPTY,
        /** Loading failed and nothing was known: a quiet line says so. */
        UNAVAILABLE,
        /** The server does not have this (404): the section is left out. */
        ABSENT
    }

    private final Supplier<ApiCall<List<T>>> load;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    // One wrapper, held here: it listens to the list weakly, so a fresh one per call could be
    // collected with its listeners still attached to it.
    private final ObservableList<T> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private Cancellable inFlight = Cancellable.NONE;
    private @Nullable Instant loadedAt;

    NavSectionModel(Supplier<ApiCall<List<T>>> load, BackgroundRunner runner, Clock clock) {
        this.load = load;
        this.runner = runner;
        this.clock = clock;
    }

    ObservableList<T> items() {
        return readOnlyItems;
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Loads unless it loaded less than {@link #STALE_AFTER} ago. */
    void refreshIfStale() {
        Instant at = loadedAt;
        if (at == null || !clock.instant().isBefore(at.plus(STALE_AFTER))) {
            refresh();
        }
    }

    void refresh() {
        inFlight.cancel();
        loadedAt = clock.instant();
        if (items.isEmpty() && phase.get() != Phase.ABSENT) {
            phase.set(Phase.LOADING);
        }
        inFlight = runner.run(load.get(), this::loaded, this::failed);
    }

    private void loaded(List<T> loaded) {
        items.setAll(loaded);
        phase.set(loaded.isEmpty() ? Phase.EMPTY : Phase.SHOWN);
    }

    private void failed(ApiException failure) {
        if (failure instanceof ApiException.NotFound) {
            items.clear();
            phase.set(Phase.ABSENT);
        } else if (items.isEmpty()) {
            phase.set(Phase.UNAVAILABLE);
        }
        // Otherwise the entries known from before stay: a blip should not empty the column.
    }

    void dispose() {
        inFlight.cancel();
    }
}
