package social.woolly.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A media file attached to a status. {@code url} is {@code null} while the server still processes
 * an upload; {@code meta} is whatever subset of sizes and focus the server sent.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/MediaAttachment/">MediaAttachment</a>
 */
public record MediaAttachment(
        String id,
        MediaType type,
        @Nullable String url,
        @Nullable String previewUrl,
        @Nullable String remoteUrl,
        @Nullable MediaMeta meta,
        @Nullable String description,
        @Nullable String blurhash) {

    public MediaAttachment {
        Objects.requireNonNull(id, "media id");
        type = Missing.or(type, MediaType.UNKNOWN);
    }

    /** Width over height of the original, if the server told it, else of the preview, else {@code null}. */
    public @Nullable Double aspect() {
        if (meta == null) {
            return null;
        }
        Double original = meta.original() == null ? null : meta.original().aspectRatio();
        return original != null
                ? original
                : meta.small() == null ? null : meta.small().aspectRatio();
    }
}
