package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A custom emoji, shown where {@code :shortcode:} appears in text.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/CustomEmoji/">CustomEmoji</a>
 */
public record CustomEmoji(
        String shortcode,
        @Nullable String url,
        @Nullable String staticUrl,
        boolean visibleInPicker,
        @Nullable String category) {
    public CustomEmoji {
        shortcode = Missing.text(shortcode);
    }
}
