package social.woolly.ui.compose.media;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.ComposeProblem;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.DraftMedia;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.MediaMeta;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.ComposerPart;
import social.woolly.ui.compose.ProblemText;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The attachments of the composer: adds files (checked against the server's rules at once, so a
 * file that would be refused is never taken), removes them, sets their alt text and focal point,
 * the "sensitive" flag, and follows each file's upload while a post is sent. Uploads themselves are
 * the {@link Publisher}'s; a failed one keeps the attachment and the next post retries it.
 *
 * <p>Pasted pictures are written to {@link MediaFiles}' folder; they are deleted when the post is
 * published or the attachment removed. FX thread only; file I/O goes through the runner.
 */
public final class MediaPart implements ComposerPart, ComposeViewModel.SendingWatcher {
    private final Supplier<ComposeRules> rules;
    private final MediaFiles files;
    private final BackgroundRunner runner;
    private final ResourceBundle words;
    private final ProblemText problems;
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<Attachment> readOnly = FXCollections.unmodifiableObservableList(attachments);
    private final BooleanProperty sensitive = new SimpleBooleanProperty(this, "sensitive", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending", false);
    private List<Attachment> sent = List.of();
    private Runnable changed = () -> {};

    /** @param rules the server's rules as they are now (they change when its limits arrive) */
    public MediaPart(Supplier<ComposeRules> rules, MediaFiles files, BackgroundRunner runner, ResourceBundle words) {
        this.rules = rules;
        this.files = files;
        this.runner = runner;
        this.words = words;
        this.problems = new ProblemText(words, ZoneId.systemDefault());
        sensitive.addListener((o, was, now) -> changed.run());
    }

    /** Adds files the person chose, dropped or pasted, in order; each is checked first. */
    public void addFiles(List<Path> chosen) {
        for (Path file : chosen) {
            String name = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            add(() -> files.attach(file), name);
        }
    }

    /** Adds a pasted picture, written as PNG into the drafts' media folder first. */
    public void addPasted(MediaFiles.Png png) {
        add(() -> files.attachPasted(png), words.getString("compose.media.pasted"));
    }

    private void add(Callable<DraftMedia> reading, String name) {
        if (sending.get()) {
            return;
        }
        if (attachments.size() >= maxAttachments()) {
            refuse(name, say("compose.media.full", maxAttachments()));
            return;
        }
        runner.runBlocking(
                reading, media -> accept(media, name), failure -> refuse(name, say("compose.media.unreadable")));
    }

    private void accept(DraftMedia media, String name) {
        // Checked again here: other files may have been added while this one was read.
        if (attachments.size() >= maxAttachments()) {
            refuse(name, say("compose.media.full", maxAttachments()));
            forget(media);
            return;
        }
        Optional<ComposeProblem> problem = problemWith(media, attachments.size());
        if (problem.isPresent()) {
            refuse(name, problems.describe(problem.get()));
            forget(media);
            return;
        }
        message.set("");
        attachments.add(new Attachment(media));
        changed.run();
    }

    // The server's own rules, asked about this one file; the problem names it as attachment `index`.
    private Optional<ComposeProblem> problemWith(DraftMedia media, int index) {
        Draft probe = Draft.blank("probe", Instant.EPOCH).toBuilder()
                .text("probe")
                .media(List.of(media))
                .build();
        return rules.get().check(probe).stream()
                .<ComposeProblem>mapMulti((problem, found) -> {
                    switch (problem) {
                        case ComposeProblem.MediaTooLarge large ->
                            found.accept(
                                    new ComposeProblem.MediaTooLarge(index, large.kind(), large.size(), large.limit()));
                        case ComposeProblem.UnsupportedMedia unsupported ->
                            found.accept(new ComposeProblem.UnsupportedMedia(index, unsupported.mimeType()));
                        case ComposeProblem.MediaTypeNotTaken notTaken ->
                            found.accept(new ComposeProblem.MediaTypeNotTaken(index, notTaken.mimeType()));
                        default -> {}
                    }
                })
                .findFirst();
    }

    private void refuse(String name, String why) {
        message.set(MessageFormat.format(words.getString("compose.media.refused"), name, why));
    }

    private String say(String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = String.valueOf(arguments[i]);
        }
        return MessageFormat.format(words.getString(key), shown);
    }

    private int maxAttachments() {
        return rules.get().limits().maxMediaAttachments();
    }

    /** Removes {@code attachment}; a pasted picture's file is deleted. */
    public void remove(Attachment attachment) {
        if (sending.get() || !attachments.remove(attachment)) {
            return;
        }
        message.set("");
        forget(attachment.media());
        changed.run();
    }

    private void forget(DraftMedia media) {
        if (files.isPasted(media)) {
            runner.runBlocking(
                    () -> {
                        files.forget(media);
                        return Boolean.TRUE;
                    },
                    done -> {},
                    failure -> {});
        }
    }

    /** Sets {@code attachment}'s alt text; blank means none. */
    public void describe(Attachment attachment, String description) {
        String value = description.isBlank() ? null : description;
        attachment.setMedia(attachment.media().withDescription(value));
        changed.run();
    }

    /** Sets {@code attachment}'s focal point ({@code null}: the centre). */
    public void focus(Attachment attachment, MediaMeta.@Nullable Focus focus) {
        attachment.setMedia(attachment.media().withFocus(focus));
        changed.run();
    }

    /** The server's longest alt text in characters, if it said. */
    public @Nullable Integer descriptionLimit() {
        return rules.get().limits().descriptionLimit();
    }

    /** The attachments, in order. */
    public ObservableList<Attachment> attachments() {
        return readOnly;
    }

    /** Whether the media are marked sensitive (shown behind a warning). */
    public BooleanProperty sensitiveProperty() {
        return sensitive;
    }

    /** Why the last file was not added, or {@code ""}. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a post is on its way; attachments cannot change meanwhile. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    @Override
    public void show(Draft draft) {
        sending.set(false);
        sent = List.of();
        message.set("");
        attachments.setAll(draft.media().stream().map(Attachment::new).toList());
        sensitive.set(draft.sensitive());
    }

    @Override
    public void writeTo(Draft.Builder draft) {
        draft.media(attachments.stream().map(Attachment::media).toList());
        draft.sensitive(sensitive.get() && !attachments.isEmpty());
    }

    @Override
    public void onChange(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public Publisher.Listener started(Draft sending) {
        // The draft being sent was written from this list, in this order.
        sent = List.copyOf(attachments);
        this.sending.set(true);
        return new Publisher.Listener() {
            @Override
            public void draftChanged(Draft draft) {
                uploaded(draft);
            }

            @Override
            public void mediaStep(int index, Publisher.MediaStep step) {
                if (index < sent.size()) {
                    sent.get(index)
                            .setUpload(
                                    switch (step) {
                                        case UPLOADING -> Attachment.Upload.UPLOADING;
                                        case PROCESSING -> Attachment.Upload.PROCESSING;
                                        case READY -> Attachment.Upload.UPLOADED;
                                    });
                }
            }
        };
    }

    // The server now knows a file (or its alt text): keep its id, so a retry does not upload it again.
    private void uploaded(Draft draft) {
        List<DraftMedia> media = draft.media();
        for (int i = 0; i < Math.min(media.size(), sent.size()); i++) {
            Attachment attachment = sent.get(i);
            DraftMedia now = attachment.media();
            DraftMedia server = media.get(i);
            boolean same = Objects.equals(now.description(), server.description())
                    && Objects.equals(now.focus(), server.focus());
            attachment.setMedia(new DraftMedia(
                    now.file(),
                    now.mimeType(),
                    now.size(),
                    server.mediaId(),
                    now.description(),
                    now.focus(),
                    server.synced() && same));
        }
        changed.run();
    }

    @Override
    public void ended(boolean posted) {
        sending.set(false);
        List<Attachment> done = sent;
        sent = List.of();
        for (Attachment attachment : done) {
            if (posted) {
                forget(attachment.media());
            } else if (attachment.upload() == Attachment.Upload.UPLOADING
                    || attachment.upload() == Attachment.Upload.PROCESSING) {
                attachment.setUpload(
                        attachment.media().isUploaded() ? Attachment.Upload.UPLOADED : Attachment.Upload.FAILED);
            }
        }
    }
}
