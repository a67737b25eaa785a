package social.woolly.core.compose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.ComposedCall;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.StatusMethods;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Status;
import social.woolly.core.model.UploadedMedia;

/**
 * Sends a {@link Draft} to its account's server: uploads the files not yet uploaded ({@code POST
 * /api/v2/media}), tells the server changed alt text and focal points, waits while the server
 * processes files (polling {@code GET /api/v1/media/:id} with a growing pause), then posts the
 * status with the draft's {@code Idempotency-Key}, schedules it, or saves the edit with PUT.
 *
 * <p>{@link #publish} only builds the work as an {@link ApiCall}: run it off the FX thread (e.g.
 * through {@code BackgroundRunner}); cancelling it stops the request in flight or the pause.
 * Failures are the {@link ApiException}s of the failed request, unchanged: the caller keeps the
 * draft, shows the reason, and may publish the same draft again. A retry uploads nothing twice if
 * the caller saved what {@link Listener#draftChanged} told it, and cannot post twice within the
 * server's idempotency window (an hour on Mastodon) because the key is the same.
 *
 * <p>A local file that cannot be read fails as {@link ApiException.Network} whose cause is the
 * {@link java.io.IOException}. An upload the server has dropped (Mastodon removes unattached media
 * after a day) is uploaded again from its file. When editing, changed alt text of media the status
 * already had is not sent: Mastodon takes it only as {@code media_attributes} of the edit, which
 * {@code StatusMethods.edit} does not send yet. Thread-safe; one instance per account's API.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/media/#v2">POST /api/v2/media</a>
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">POST /api/v1/statuses</a>
 */
public final class Publisher {
    /** The first pause before asking whether a file is processed. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);

    /** The longest pause between two asks; pauses double until they reach it. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** How long to wait in all for one file before posting anyway and letting the server decide. */
    public static final Duration DEFAULT_PROCESSING_TIMEOUT = Duration.ofMinutes(5);

    /** Pauses the sending thread; tests pass one that returns at once and records the pauses. */
    @FunctionalInterface
    public interface Sleeper extends ComposedCall.Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration);
    }

    /** Where a file is on its way to the server. */
    public enum MediaStep {
        UPLOADING,
        /** Uploaded; the server is still converting it. */
        PROCESSING,
        READY
    }

    /**
     * Hears how sending goes. Called on the sending thread, never the FX thread: hop over before
     * touching the UI. A listener must not throw.
     */
    public interface Listener {
        /** Ignores everything. */
        Listener NONE = draft -> {};

        /**
         * The draft changed on the way (a file got its media id, or the server took its alt text):
         * save it, so that a retry after a failure does not upload the file again.
         */
        void draftChanged(Draft draft);

        /** A file ({@code index} in {@link Draft#media()}) reached {@code step}. */
        default void mediaStep(int index, MediaStep step) {}
    }

    private final MastodonApi api;
    private final Sleeper sleeper;
    private final Duration processingTimeout;

    public Publisher(MastodonApi api) {
        this(api, Sleeper.REAL, DEFAULT_PROCESSING_TIMEOUT);
    }

    public Publisher(MastodonApi api, Sleeper sleeper, Duration processingTimeout) {
        this.api = api;
        this.sleeper = sleeper;
        this.processingTimeout = processingTimeout;
    }

    /**
     * The work of sending {@code draft}, not yet started. Check the draft with {@link ComposeRules}
     * first: what it would find, the server refuses.
     *
     * @throws IllegalArgumentException if the draft edits a status and is scheduled
     */
    public ApiCall<Published> publish(Draft draft, Listener listener) {
        if (draft.isEdit() && draft.scheduledAt() != null) {
            throw new IllegalArgumentException("an edit cannot be scheduled");
        }
        return new ComposedCall<>(steps -> new Sending(steps, draft, listener).run());
    }

    /** One run of {@link #publish}: the draft as it changes on the way. */
    private final class Sending {
        private final ComposedCall<Published> steps;
        private final Listener listener;
        private Draft draft;

        Sending(ComposedCall<Published> steps, Draft draft, Listener listener) {
            this.steps = steps;
            this.draft = draft;
            this.listener = listener;
        }

        Published run() throws ApiException {
            List<Integer> processing = new ArrayList<>();
            for (int i = 0; i < draft.media().size(); i++) {
                if (prepare(i)) {
                    processing.add(i);
                }
            }
            for (int index : processing) {
                awaitProcessed(index);
            }
            return post();
        }

        /** Gets file {@code index} onto the server with its alt text; true if it is still processing. */
        private boolean prepare(int index) throws ApiException {
            DraftMedia media = draft.media().get(index);
            boolean processing = false;
            if (media.mediaId() != null && media.file() != null) {
                // Uploaded by an earlier attempt: still there, and processed?
                UploadedMedia known = checkUploaded(media.mediaId());
                if (known == null) {
                    media = media.withoutUpload();
                } else {
                    processing = known.processing();
                }
            }
            if (media.mediaId() == null) {
                return upload(index, media);
            }
            if (!media.synced() && (!draft.isEdit() || media.file() != null)) {
                steps.run(api.media().update(media.mediaId(), media.description(), media.focus()));
                replace(index, media.asSynced());
            }
            listener.mediaStep(index, processing ? MediaStep.PROCESSING : MediaStep.READY);
            return processing;
        }

        /** The upload as the server has it now, or {@code null} if the server no longer has it. */
        private @Nullable UploadedMedia checkUploaded(String mediaId) throws ApiException {
            try {
                return steps.run(api.media().get(mediaId));
            } catch (ApiException.NotFound e) {
                return null;
            }
        }

        private boolean upload(int index, DraftMedia media) throws ApiException {
            listener.mediaStep(index, MediaStep.UPLOADING);
            UploadedMedia uploaded = steps.run(api.media()
                    .upload(
                            Objects.requireNonNull(media.file()),
                            media.mimeType(),
                            media.description(),
                            media.focus()));
            replace(index, media.uploadedAs(uploaded.attachment().id()));
            listener.mediaStep(index, uploaded.processing() ? MediaStep.PROCESSING : MediaStep.READY);
            return uploaded.processing();
        }

        private void replace(int index, DraftMedia media) {
            List<DraftMedia> all = new ArrayList<>(draft.media());
            all.set(index, media);
            draft = draft.toBuilder().media(all).build();
            listener.draftChanged(draft);
        }

        // Pauses grow from FIRST_PAUSE to LONGEST_PAUSE. Past the timeout, post anyway: the server
        // then says in its own words that the file is not ready (422), and the draft is kept.
        private void awaitProcessed(int index) throws ApiException {
            String mediaId = Objects.requireNonNull(draft.media().get(index).mediaId());
            Duration pause = FIRST_PAUSE;
            Duration waited = Duration.ZERO;
            while (waited.compareTo(processingTimeout) < 0) {
                steps.pause(sleeper, pause);
                waited = waited.plus(pause);
                if (!steps.run(api.media().get(mediaId)).processing()) {
                    listener.mediaStep(index, MediaStep.READY);
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }

        private Published post() throws ApiException {
            NewStatus status = newStatus(draft);
            String editing = draft.editingStatusId();
            if (editing != null) {
                return new Published.Edited(steps.run(api.statuses().edit(editing, status)));
            }
            if (draft.scheduledAt() != null) {
                return switch (steps.run(api.statuses().schedule(status, draft.idempotencyKey()))) {
                    case StatusMethods.Scheduling.Later(var later) -> new Published.Scheduled(later);
                    case StatusMethods.Scheduling.Now(var now) -> new Published.Posted(now, true);
                };
            }
            Status posted = steps.run(api.statuses().create(status, draft.idempotencyKey()));
            return new Published.Posted(posted);
        }
    }

    /** The request body for a draft whose files are all uploaded. */
    static NewStatus newStatus(Draft draft) {
        List<String> mediaIds = draft.media().stream()
                .map(media -> Objects.requireNonNull(media.mediaId(), "media not uploaded"))
                .toList();
        return NewStatus.builder(draft.text())
                .spoilerText(draft.spoilerText().isEmpty() ? null : draft.spoilerText())
                .visibility(draft.visibility())
                .sensitive(draft.sensitive())
                .language(draft.language())
                .inReplyToId(draft.inReplyToId())
                .mediaIds(mediaIds)
                .poll(draft.poll())
                .scheduledAt(draft.scheduledAt())
                .quotedStatusId(draft.quotedStatusId())
                .build();
    }
}
