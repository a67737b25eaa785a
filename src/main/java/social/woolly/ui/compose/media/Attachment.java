package social.woolly.ui.compose.media;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import social.woolly.core.compose.DraftMedia;

/**
 * One attachment as the composer shows it: the draft's {@link DraftMedia} and where its upload is
 * (UI-only state, not saved). Changed only through {@link MediaPart}; FX thread only.
 */
public final class Attachment {
    /** Where the file is on its way to the server. */
    public enum Upload {
        /** Only on this computer; uploaded when posting. */
        LOCAL,
        UPLOADING,
        /** Uploaded; the server is converting it. */
        PROCESSING,
        /** The server has it, ready to attach. */
        UPLOADED,
        /** The last attempt failed before the server had it; posting again retries. */
        FAILED
    }

    private final ReadOnlyObjectWrapper<DraftMedia> media;
    private final ReadOnlyObjectWrapper<Upload> upload;

    Attachment(DraftMedia media) {
        this.media = new ReadOnlyObjectWrapper<>(this, "media", media);
        this.upload = new ReadOnlyObjectWrapper<>(this, "upload", media.isUploaded() ? Upload.UPLOADED : Upload.LOCAL);
    }

    public ReadOnlyObjectProperty<DraftMedia> mediaProperty() {
        return media.getReadOnlyProperty();
    }

    public DraftMedia media() {
        return media.get();
    }

    void setMedia(DraftMedia value) {
        media.set(value);
    }

    public ReadOnlyObjectProperty<Upload> uploadProperty() {
        return upload.getReadOnlyProperty();
    }

    public Upload upload() {
        return upload.get();
    }

    void setUpload(Upload value) {
        upload.set(value);
    }

    /** The file's name, or {@code ""} for media that came from the server. */
    public String fileName() {
        Path file = media.get().file();
        Path name = file == null ? null : file.getFileName();
        return name == null ? "" : name.toString();
    }

    /** Whether it has alt text. */
    public boolean hasDescription() {
        String description = media.get().description();
        return description != null && !description.isBlank();
    }
}
