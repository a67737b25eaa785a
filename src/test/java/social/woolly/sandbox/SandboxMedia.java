package social.woolly.sandbox;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A media attachment. Its bytes come from a supplier so that seeded pictures are only drawn and
 * encoded when someone fetches them. Guarded by the store lock.
 */
final class SandboxMedia {
    final long id;
    final long ownerId;
    final String type;
    final String contentType;
    final String extension;
    final Supplier<byte[]> original;
    final Supplier<byte[]> small;
    final int width;
    final int height;
    final @Nullable String blurhash;

    @Nullable
    String description;

    float @Nullable [] focus;
    /** How many more GETs answer 206 before processing ends; -1 once it has ended. */
    int pendingPolls = -1;

    @Nullable
    Long statusId;

    SandboxMedia(
            long id,
            long ownerId,
            String type,
            String contentType,
            String extension,
            Supplier<byte[]> original,
            Supplier<byte[]> small,
            int width,
            int height,
            @Nullable String blurhash) {
        this.id = id;
        this.ownerId = ownerId;
        this.type = type;
        this.contentType = contentType;
        this.extension = extension;
        this.original = original;
        this.small = small;
        this.width = width;
        this.height = height;
        this.blurhash = blurhash;
    }

    boolean isProcessing() {
        return pendingPolls >= 0;
    }
}
