package social.woolly.ui.compose.schedule;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.ScheduledStatusMethods;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.Published;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.compose.ComposerPart;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * When the post is to be published: now, or at a time picked with a {@link ScheduleChoice}. Shows
 * "Will be published on …" while a time is set, and a short confirmation once the server has the
 * scheduled post. When the draft replaces a post already scheduled (editing it from the list), the
 * old one is cancelled only after the new one is scheduled, so nothing is lost if scheduling fails.
 * FX thread only; needs no toolkit.
 */
public final class SchedulePart implements ComposerPart {
    private final Supplier<ComposeRules> rules;
    private final ScheduledStatusMethods scheduled;
    private final BackgroundRunner runner;
    private final ErrorMessages errors;
    private final ResourceBundle words;
    private final ZoneId zone;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<@Nullable Instant> at = new ReadOnlyObjectWrapper<>(this, "at");
    private final ReadOnlyStringWrapper chip = new ReadOnlyStringWrapper(this, "chip", "");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Runnable changed = () -> {};
    private Runnable replaced = () -> {};
    private @Nullable String shownDraftId;
    private @Nullable String previousDraftId;
    private @Nullable Replacing replacing;

    /** A draft that, once scheduled, replaces the scheduled status {@code scheduledId}. */
    private record Replacing(String draftId, String scheduledId) {}

    /** @param rules the composer's current rules ({@code ComposeViewModel::rules}): they give the earliest time */
    public SchedulePart(
            Supplier<ComposeRules> rules,
            ScheduledStatusMethods scheduled,
            BackgroundRunner runner,
            ErrorMessages errors,
            ResourceBundle words,
            ZoneId zone,
            Clock clock) {
        this.rules = rules;
        this.scheduled = scheduled;
        this.runner = runner;
        this.errors = errors;
        this.words = words;
        this.zone = zone;
        this.clock = clock;
        at.addListener((o, was, now) -> chip.set(
                now == null
                        ? ""
                        : MessageFormat.format(
                                words.getString("compose.schedule.chip"), ScheduleChoice.format(now, zone))));
    }

    /** A picker starting at the time set, or an hour from now. */
    public ScheduleChoice choice() {
        return ScheduleChoice.startingAt(at.get(), clock, rules, zone, words);
    }

    /** Publishes the post at {@code value} (from {@link ScheduleChoice#accept()}) instead of now. */
    public void schedule(Instant value) {
        at.set(value);
        confirmation.set("");
        notice.set("");
        changed.run();
    }

    /** Publishes the post now again. */
    public void clear() {
        at.set(null);
        changed.run();
    }

    /**
     * Once the draft {@code draftId} is scheduled, cancels the scheduled status {@code scheduledId}
     * (the one it was made from); {@code done} then runs, e.g. to refresh the list.
     */
    public void replaceAfterScheduling(String draftId, String scheduledId, Runnable done) {
        replacing = new Replacing(draftId, scheduledId);
        replaced = done;
    }

    /**
     * The composer published a draft: says so when it was scheduled, warns when the server published
     * at once a draft that was to be scheduled, and cancels the status it replaces. Called after the
     * composer cleared, so the draft that was sent is the one shown before.
     */
    public void published(Published published) {
        Replacing old = replacing;
        boolean wasReplacing = old != null && old.draftId().equals(previousDraftId);
        switch (published) {
            case Published.Scheduled(var status) -> {
                Instant when = status.scheduledAt();
                notice.set("");
                confirmation.set(MessageFormat.format(
                        words.getString("compose.schedule.done"),
                        when == null ? "" : ScheduleChoice.format(when, zone)));
            }
            // Hollo and GoToSocial before 0.20 ignore scheduled_at: the post is public already, and
            // the person believed it would wait, so this stays until dismissed.
            case Published.Posted posted
            when posted.scheduleIgnored() -> {
                confirmation.set("");
                notice.set(words.getString("compose.schedule.ignored"));
            }
            default -> {
                return;
            }
        }
        // The draft replaced a scheduled status: published now or later, the old one must not follow.
        if (wasReplacing) {
            replacing = null;
            runner.run(
                    scheduled.cancel(Objects.requireNonNull(old).scheduledId()), done -> replaced.run(), this::oldKept);
        }
    }

    private void oldKept(ApiException failure) {
        confirmation.set(MessageFormat.format(words.getString("compose.schedule.oldKept"), errors.describe(failure)));
    }

    /** The person has read the notice. */
    public void dismissNotice() {
        notice.set("");
    }

    /** The confirmation has been seen long enough. */
    public void dismissConfirmation() {
        confirmation.set("");
    }

    @Override
    public void show(Draft draft) {
        previousDraftId = shownDraftId;
        shownDraftId = draft.id();
        at.set(draft.scheduledAt());
    }

    @Override
    public void writeTo(Draft.Builder draft) {
        draft.scheduledAt(at.get());
    }

    @Override
    public void onChange(Runnable value) {
        changed = value;
    }

    /** When the post will be published; {@code null} for now. */
    public ReadOnlyObjectProperty<@Nullable Instant> atProperty() {
        return at.getReadOnlyProperty();
    }

    /** "Will be published on …", or empty when posting now. */
    public ReadOnlyStringProperty chipProperty() {
        return chip.getReadOnlyProperty();
    }

    /**
     * A warning that stays until dismissed: the server published at once a post that was to be
     * scheduled (it does not support scheduling). Empty otherwise.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Scheduled for …" right after scheduling; empty otherwise. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }
}
