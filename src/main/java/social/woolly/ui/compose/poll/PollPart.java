package social.woolly.ui.compose.poll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ServerLimits;
import social.woolly.ui.compose.ComposerPart;

/**
 * The composer's poll: on or off, its choices (from 2 up to the server's {@code max_options}), how
 * long it runs (the usual durations that fall inside the server's limits), multiple choice, and
 * totals hidden until it ends. Writes {@link Draft#poll()}; the {@link ComposeRules} say what is
 * still wrong with it. FX thread only; needs no toolkit.
 */
public final class PollPart implements ComposerPart {
    /** The durations offered, as Mastodon's web composer offers them. */
    static final List<Duration> DURATIONS = List.of(
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofDays(1),
            Duration.ofDays(3),
            Duration.ofDays(7));

    private static final Duration PREFERRED = Duration.ofDays(1);

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObservableList<PollOption> options = FXCollections.observableArrayList();
    private final ObservableList<PollOption> shownOptions = FXCollections.unmodifiableObservableList(options);
    private final ObservableList<Duration> durations = FXCollections.observableArrayList();
    private final ObservableList<Duration> shownDurations = FXCollections.unmodifiableObservableList(durations);
    private final ObjectProperty<Duration> duration = new SimpleObjectProperty<>(this, "duration", PREFERRED);
    private final BooleanProperty multiple = new SimpleBooleanProperty(this, "multiple", false);
    private final BooleanProperty hideTotals = new SimpleBooleanProperty(this, "hideTotals", false);
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(this, "canRemove");
    private final ReadOnlyIntegerWrapper maxOptionLength = new ReadOnlyIntegerWrapper(this, "maxOptionLength");
    private ServerLimits limits;
    private Runnable changed = () -> {};
    private boolean showing;

    public PollPart(ServerLimits limits) {
        this.limits = limits;
        maxOptionLength.set(limits.pollMaxCharactersPerOption());
        durations.setAll(offered(limits, null));
        duration.set(preferred(durations));
        resetOptions(List.of());
        // Turning the poll off and on again keeps what was typed in it.
        enabled.addListener((o, was, now) -> changed());
        duration.addListener((o, was, now) -> changed());
        multiple.addListener((o, was, now) -> changed());
        hideTotals.addListener((o, was, now) -> changed());
    }

    /** The server's limits arrived: choices, lengths and durations follow them. */
    public void useLimits(ServerLimits value) {
        limits = value;
        maxOptionLength.set(value.pollMaxCharactersPerOption());
        options.forEach(option -> option.useMax(value.pollMaxCharactersPerOption()));
        Duration chosen = duration.get();
        showing = true;
        try {
            durations.setAll(offered(value, null));
            duration.set(durations.contains(chosen) ? chosen : preferred(durations));
        } finally {
            showing = false;
        }
        updateBounds();
        changed();
    }

    /**
     * The usual durations inside the server's limits, plus {@code keep} (a duration a draft already
     * has); if the server allows none of them, its shortest duration.
     */
    static List<Duration> offered(ServerLimits limits, @org.jspecify.annotations.Nullable Duration keep) {
        Duration min = Duration.ofSeconds(limits.pollMinExpiration());
        Duration max = Duration.ofSeconds(limits.pollMaxExpiration());
        List<Duration> result = new ArrayList<>(DURATIONS.stream()
                .filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0)
                .toList());
        if (keep != null && !result.contains(keep)) {
            result.add(keep);
        }
        if (result.isEmpty()) {
            result.add(min);
        }
        result.sort(Comparator.naturalOrder());
        return result;
    }

    // A day, as Mastodon's web composer starts; else the longest offered below it, else the shortest.
    private static Duration preferred(List<Duration> offered) {
        return offered.stream()
                .filter(d -> d.compareTo(PREFERRED) <= 0)
                .max(Comparator.naturalOrder())
                .orElse(offered.getFirst());
    }

    /** Adds an empty choice at the end, if the server takes one more; returns whether it did. */
    public boolean addOption() {
        if (!canAdd.get()) {
            return false;
        }
        options.add(newOption(""));
        updateBounds();
        changed();
        return true;
    }

    /** Removes {@code option}, unless the poll would have fewer than 2 choices. */
    public void removeOption(PollOption option) {
        if (!canRemove.get()) {
            return;
        }
        options.remove(option);
        updateBounds();
        changed();
    }

    @Override
    public void show(Draft draft) {
        showing = true;
        try {
            NewStatus.Poll poll = draft.poll();
            if (poll == null) {
                enabled.set(false);
                resetOptions(List.of());
                durations.setAll(offered(limits, null));
                duration.set(preferred(durations));
                multiple.set(false);
                hideTotals.set(false);
            } else {
                resetOptions(poll.options());
                durations.setAll(offered(limits, poll.expiresIn()));
                duration.set(poll.expiresIn());
                multiple.set(poll.multiple());
                hideTotals.set(poll.hideTotals());
                enabled.set(true);
            }
        } finally {
            showing = false;
        }
    }

    @Override
    public void writeTo(Draft.Builder draft) {
        if (!enabled.get()) {
            draft.poll(null);
            return;
        }
        List<String> texts =
                options.stream().map(option -> option.textProperty().get()).toList();
        draft.poll(new NewStatus.Poll(texts, duration.get(), multiple.get(), hideTotals.get()));
    }

    @Override
    public void onChange(Runnable value) {
        changed = value;
    }

    private void resetOptions(List<String> texts) {
        List<PollOption> fresh = new ArrayList<>();
        texts.forEach(text -> fresh.add(newOption(text)));
        while (fresh.size() < ComposeRules.MIN_POLL_OPTIONS) {
            fresh.add(newOption(""));
        }
        options.setAll(fresh);
        updateBounds();
    }

    private PollOption newOption(String text) {
        PollOption option = new PollOption(text, limits.pollMaxCharactersPerOption());
        option.textProperty().addListener((o, was, now) -> changed());
        return option;
    }

    private void updateBounds() {
        canAdd.set(options.size() < limits.pollMaxOptions());
        canRemove.set(options.size() > ComposeRules.MIN_POLL_OPTIONS);
    }

    private void changed() {
        if (!showing) {
            changed.run();
        }
    }

    /** Whether the post has a poll; the footer toggle writes it. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The choices, in order; change them with {@link #addOption} and {@link #removeOption}. */
    public ObservableList<PollOption> options() {
        return shownOptions;
    }

    /** The durations this server allows, shortest first. */
    public ObservableList<Duration> durations() {
        return shownDurations;
    }

    public ObjectProperty<Duration> durationProperty() {
        return duration;
    }

    public BooleanProperty multipleProperty() {
        return multiple;
    }

    /** Whether vote counts stay hidden until the poll ends. */
    public BooleanProperty hideTotalsProperty() {
        return hideTotals;
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    /** The server's longest choice, in characters. */
    public ReadOnlyIntegerProperty maxOptionLengthProperty() {
        return maxOptionLength.getReadOnlyProperty();
    }
}
