package social.woolly.ui.status;

import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.media.ImageLoader;

/**
 * What every {@link StatusView} of one timeline shares: texts, the image loader, where clicks go,
 * the time formatter and ticker. Built once by the view that owns the list.
 *
 * @param signedInAccountId the signed-in account, so that its own private posts can be boosted; null
 *     when unknown
 */
public record StatusViewContext(
        ResourceBundle text,
        ImageLoader images,
        LinkHandler links,
        StatusActions actions,
        RelativeTime time,
        TimeTicker ticker,
        CountFormat counts,
        @Nullable String signedInAccountId) {

    String string(String key) {
        return text.getString(key);
    }
}
