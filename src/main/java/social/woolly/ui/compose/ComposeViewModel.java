package social.woolly.ui.compose;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.compose.CharacterCount;
import social.woolly.core.compose.ComposeProblem;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.ServerLimits;
import social.woolly.core.model.Visibility;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;

/**
 * The composer of one account: the text, content warning and visibility as properties, a counter
 * that follows the server's rules, and a draft saved within a second of every change so that
 * nothing typed is lost to a crash. A failed post keeps everything and says why; retrying reuses
 * the draft's Idempotency-Key, so a post that did reach the server is never published twice.
 * FX thread only.
 */
public final class ComposeViewModel {
    /** What the composer is doing. */
    public enum Phase {
        /** Writing. */
        EDITING,
        /** Sending to the server. */
        POSTING
    }

    private final String accountKey;
    private final Drafts drafts;
    private final Publisher publisher;
    private final BackgroundRunner runner;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Consumer<Published> onPublished;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty spoilerText = new SimpleStringProperty(this, "spoilerText", "");
    private final BooleanProperty warning = new SimpleBooleanProperty(this, "warning", false);
    private final ObjectProperty<Visibility> visibility =
            new SimpleObjectProperty<>(this, "visibility", Visibility.PUBLIC);
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining", 0);
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper(this, "over", false);
    private final ReadOnlyBooleanWrapper canPost = new ReadOnlyBooleanWrapper(this, "canPost", false);
    private final ReadOnlyBooleanWrapper scheduled = new ReadOnlyBooleanWrapper(this, "scheduled", false);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.EDITING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper replyingTo = new ReadOnlyStringWrapper(this, "replyingTo", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyObjectWrapper<List<ComposeProblem>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final List<ComposerPart> parts = new ArrayList<>();
    private final List<SendingWatcher> watchers = new ArrayList<>();
    private final DraftSaving saving;
    private ComposeRules rules;
    private Draft draft;
    private boolean loading;
    private Cancellable posting = Cancellable.NONE;

    public ComposeViewModel(
            String accountKey,
            ServerLimits limits,
            Drafts drafts,
            Publisher publisher,
            BackgroundRunner runner,
            ErrorMessages errors,
            Clock clock,
            Consumer<Published> onPublished) {
        this.accountKey = accountKey;
        this.rules = new ComposeRules(limits, clock);
        this.drafts = drafts;
        this.publisher = publisher;
        this.runner = runner;
        this.errors = errors;
        this.clock = clock;
        this.onPublished = onPublished;
        this.saving = new DraftSaving(drafts, runner, clock, this::draftFailed);
        this.draft = Draft.blank(accountKey, clock.instant());
        text.addListener((o, was, now) -> changed());
        spoilerText.addListener((o, was, now) -> changed());
        warning.addListener((o, was, now) -> changed());
        visibility.addListener((o, was, now) -> changed());
        phase.addListener((o, was, now) -> recount());
        recount();
    }

    /** The server's limits arrived (they may differ from Mastodon's defaults). */
    public void useLimits(ServerLimits limits) {
        rules = new ComposeRules(limits, clock);
        recount();
    }

    /** The rules of this account's server (limits, the earliest time to schedule). */
    public ComposeRules rules() {
        return rules;
    }

    /** Adds a part of the composer (media, poll …); it shows the current draft at once. */
    public void addPart(ComposerPart part) {
        parts.add(part);
        loading = true;
        try {
            part.show(draft);
        } finally {
            loading = false;
        }
        part.onChange(this::changed);
        recount();
    }

    /**
     * Hears each post on its way (a part that uploads files shows their steps), on the FX thread.
     */
    public interface SendingWatcher {
        /** Sending {@code sending} starts; the listener returned hears its steps on the FX thread. */
        Publisher.Listener started(Draft sending);

        /** Sending ended: {@code posted} if the server took it, else it failed or was cancelled. */
        void ended(boolean posted);
    }

    /** Adds a watcher of every post sent from now on. */
    public void addSendingWatcher(SendingWatcher watcher) {
        watchers.add(watcher);
    }

    /**
     * Offers back the newest unsent draft of this account (after a crash, or a closed composer);
     * {@code found} runs when there was one.
     */
    public void restoreNewestDraft(Runnable found) {
        saving.newest(
                accountKey,
                draft -> draft.ifPresent(d -> {
                    show(d);
                    found.run();
                }));
    }

    /** Starts from {@code start} (a reply, an edit …), replacing what is shown; the old draft stays saved. */
    public void open(Draft start) {
        saveNow();
        show(start);
        saveNow();
    }

    /** Opens a draft from the drafts list in place of the one shown, which stays saved. */
    public void openStored(Draft stored) {
        if (stored.id().equals(draft.id())) {
            return;
        }
        saveNow();
        show(stored);
    }

    /** A blank post, keeping any unsent draft in the drafts store. */
    public void openBlank() {
        open(Draft.blank(accountKey, clock.instant()));
    }

    /**
     * Hands the draft over to another account's composer ("post as"): returns it as it is now,
     * removes it from this account's drafts and starts blank here.
     */
    public Draft handOver() {
        Draft leaving = current();
        saving.forget();
        saving.delete(leaving.id());
        show(Draft.blank(accountKey, clock.instant()));
        return leaving;
    }

    private void show(Draft shown) {
        loading = true;
        draft = shown;
        text.set(shown.text());
        spoilerText.set(shown.spoilerText());
        warning.set(!shown.spoilerText().isEmpty());
        visibility.set(shown.visibility() == null ? Visibility.PUBLIC : shown.visibility());
        replyingTo.set(shown.inReplyToAcct() == null ? "" : "@" + shown.inReplyToAcct());
        editing.set(shown.isEdit());
        for (ComposerPart part : parts) {
            part.show(shown);
        }
        loading = false;
        error.set("");
        recount();
    }

    private void changed() {
        recount();
        if (loading) {
            return;
        }
        draft = current();
        saving.changed();
    }

    /** Saves the draft if it changed more than {@link DraftSaving#DELAY} ago; the view calls this often. */
    public void saveIfDue() {
        // While posting, the sending thread saves each upload; a save from here could land after
        // the confirmed post deleted the draft, and bring it back.
        if (phase.get() == Phase.POSTING) {
            return;
        }
        if (saving.isDue()) {
            saveNow();
        }
    }

    /** Saves the draft now (closing the composer, quitting). */
    public void saveNow() {
        saving.save(draft);
    }

    /** Tells {@code listener} each draft once it is stored (FX thread). */
    public void onDraftSaved(Consumer<Draft> listener) {
        saving.onStored(listener);
    }

    /** Ctrl+Enter: sends the post; on failure everything stays and the reason shows. */
    public void post() {
        if (!canPost.get()) {
            return;
        }
        Draft sending = current();
        draft = sending;
        saveNow();
        phase.set(Phase.POSTING);
        error.set("");
        List<Publisher.Listener> hearing =
                watchers.stream().map(w -> w.started(sending)).toList();
        posting = runner.run(
                publisher.publish(
                        sending,
                        new SendingSteps(
                                drafts,
                                runner,
                                hearing,
                                changed -> draft =
                                        draft.toBuilder().media(changed.media()).build(),
                                saving::stored,
                                this::draftFailed)),
                done -> {
                    watchers.forEach(w -> w.ended(true));
                    phase.set(Phase.EDITING);
                    saving.delete(sending.id());
                    show(Draft.blank(accountKey, clock.instant()));
                    onPublished.accept(done);
                },
                this::postFailed);
    }

    private void postFailed(ApiException failure) {
        watchers.forEach(w -> w.ended(false));
        phase.set(Phase.EDITING);
        error.set(errors.describe(failure));
    }

    private void draftFailed(Exception failure) {
        error.set(errors.draftNotSaved());
    }

    /** Stops a post in flight (its draft stays). */
    public void cancel() {
        posting.cancel();
        if (phase.get() == Phase.POSTING) {
            watchers.forEach(w -> w.ended(false));
        }
        phase.set(Phase.EDITING);
    }

    private Draft current() {
        Draft.Builder builder = draft.toBuilder()
                .text(text.get())
                .spoilerText(warning.get() ? spoilerText.get() : "")
                .visibility(visibility.get())
                .updatedAt(clock.instant());
        for (ComposerPart part : parts) {
            part.writeTo(builder);
        }
        return builder.build();
    }

    private void recount() {
        CharacterCount count = rules.counter().count(text.get(), warning.get() ? spoilerText.get() : "");
        remaining.set(count.remaining());
        over.set(count.isOver());
        if (!loading) {
            Draft now = current();
            problems.set(rules.check(now));
            scheduled.set(now.scheduledAt() != null);
        }
        canPost.set(problems.get().isEmpty() && phase.get() == Phase.EDITING);
    }

    /** The draft as it is now (for tests and for "post as"). */
    public Draft draft() {
        return draft;
    }

    public Optional<String> draftId() {
        return Optional.of(draft.id());
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty spoilerTextProperty() {
        return spoilerText;
    }

    /** Whether the content warning field is on. */
    public BooleanProperty warningProperty() {
        return warning;
    }

    public ObjectProperty<Visibility> visibilityProperty() {
        return visibility;
    }

    /** Characters left under the server's limit (negative past it). */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overProperty() {
        return over.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPostProperty() {
        return canPost.getReadOnlyProperty();
    }

    /** Whether the post has a time to be published at, so Post schedules it. */
    public ReadOnlyBooleanProperty scheduledProperty() {
        return scheduled.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * What the server would refuse in the post as it is now, in the order of the composer's fields;
     * empty when it can be posted.
     */
    public ReadOnlyObjectProperty<List<ComposeProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The handle replied to ("@bob"), or empty when the draft is not a reply (or it is unknown). */
    public ReadOnlyStringProperty replyingToProperty() {
        return replyingTo.getReadOnlyProperty();
    }

    /** Whether the draft edits a posted status: then Post saves the edit. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    @Nullable
    String accountKey() {
        return accountKey;
    }
}
