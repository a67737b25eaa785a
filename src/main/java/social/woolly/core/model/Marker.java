package social.woolly.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the user stopped reading a timeline, saved on the server so other clients resume there.
 *
 * @param version bumped by the server on every save, for conflict detection
 * @see <a href="https://docs.joinmastodon.org/entities/Marker/">Marker</a>
 */
public record Marker(
        String lastReadId, int version, @Nullable Instant updatedAt) {
    public Marker {
        lastReadId = Missing.text(lastReadId);
    }

    /** The markers of the two timelines that have them; either is {@code null} if never saved. */
    public record Markers(@Nullable Marker home, @Nullable Marker notifications) {}
}
