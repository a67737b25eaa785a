package social.woolly.core.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.MediaMeta;

/**
 * One attachment of a {@link Draft}: a local file not yet uploaded, an upload the server knows by
 * {@link #mediaId()}, or both. Immutable; change it with the {@code with…} methods.
 *
 * @param file the local file to upload; {@code null} for media that came from the server (an edited
 *     status; a redraft holds copies as files, see {@link Redraft})
 * @param mimeType e.g. {@code image/png}; {@code image/*} (or {@code video/*}, {@code audio/*}) for
 *     media that came from the server
 * @param size the file's size in bytes when it was attached; 0 if unknown
 * @param mediaId the server's id once uploaded, else {@code null}
 * @param description alt text, or {@code null} for none
 * @param focus the focal point, or {@code null} for the centre
 * @param synced whether the server has this description and focus: false after either changed
 *     on an uploaded file, so that {@link Publisher} sends them again
 */
public record DraftMedia(
        @Nullable Path file,
        String mimeType,
        long size,
        @Nullable String mediaId,
        @Nullable String description,
        MediaMeta.@Nullable Focus focus,
        boolean synced) {

    /** What kind of file it is, which decides the server's size limit. */
    public enum Kind {
        IMAGE,
        VIDEO,
        AUDIO,
        OTHER
    }

    public DraftMedia {
        Objects.requireNonNull(mimeType, "mimeType");
        if (file == null && mediaId == null) {
            throw new IllegalArgumentException("media needs a file or an uploaded id");
        }
    }

    /**
     * A local file to upload, with its size read now (blocking file I/O).
     *
     * @throws IOException if the file cannot be read
     */
    public static DraftMedia ofFile(Path file, String mimeType) throws IOException {
        return ofFile(file, mimeType, Files.size(file));
    }

    /** A local file to upload, whose size the caller knows. */
    public static DraftMedia ofFile(Path file, String mimeType, long size) {
        return new DraftMedia(file, mimeType, size, null, null, null, false);
    }

    /** Media already on the server: of a status being edited, or of a scheduled one. */
    public static DraftMedia ofAttachment(MediaAttachment attachment) {
        String mimeType = switch (attachment.type()) {
            case VIDEO, GIFV -> "video/*";
            case AUDIO -> "audio/*";
            default -> "image/*";
        };
        MediaMeta meta = attachment.meta();
        return new DraftMedia(
                null, mimeType, 0, attachment.id(), attachment.description(), meta == null ? null : meta.focus(), true);
    }

    /** Whether the server has the file (it may still be processing it). */
    public boolean isUploaded() {
        return mediaId != null;
    }

    public Kind kind() {
        String type = mimeType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return Kind.IMAGE;
        }
        if (type.startsWith("video/")) {
            return Kind.VIDEO;
        }
        return type.startsWith("audio/") ? Kind.AUDIO : Kind.OTHER;
    }

    public DraftMedia withDescription(@Nullable String value) {
        return new DraftMedia(
                file, mimeType, size, mediaId, value, focus, synced && Objects.equals(value, description));
    }

    public DraftMedia withFocus(MediaMeta.@Nullable Focus value) {
        return new DraftMedia(
                file, mimeType, size, mediaId, description, value, synced && Objects.equals(value, focus));
    }

    /** This media uploaded as {@code id}, with its description and focus. */
    DraftMedia uploadedAs(String id) {
        return new DraftMedia(file, mimeType, size, id, description, focus, true);
    }

    /** This media as not uploaded, for a file the server no longer has. */
    DraftMedia withoutUpload() {
        return new DraftMedia(file, mimeType, size, null, description, focus, false);
    }

    /** This media with the server told its description and focus. */
    DraftMedia asSynced() {
        return new DraftMedia(file, mimeType, size, mediaId, description, focus, true);
    }
}
