package social.woolly.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The preview the server built for a link in a status.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/PreviewCard/">PreviewCard</a>
 */
public record PreviewCard(
        String url,
        String title,
        String description,
        CardType type,
        String authorName,
        String authorUrl,
        String providerName,
        String providerUrl,
        String html,
        int width,
        int height,
        @Nullable String image,
        @Nullable String imageDescription,
        String embedUrl,
        @Nullable String blurhash,
        @Nullable String language,
        @Nullable Instant publishedAt) {

    public PreviewCard {
        url = Missing.text(url);
        title = Missing.text(title);
        description = Missing.text(description);
        type = Missing.or(type, CardType.UNKNOWN);
        authorName = Missing.text(authorName);
        authorUrl = Missing.text(authorUrl);
        providerName = Missing.text(providerName);
        providerUrl = Missing.text(providerUrl);
        html = Missing.text(html);
        embedUrl = Missing.text(embedUrl);
    }
}
