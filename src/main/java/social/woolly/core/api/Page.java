package social.woolly.core.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged list, newest first, with where to go next. Pass a cursor to the same method
 * to get the adjoining page.
 *
 * @param older the next page back in time ({@code rel="next"}); {@code null} at the end
 * @param newer the page of items newer than these ({@code rel="prev"}); {@code null} if the server
 *     gave none and there were no items to derive one from
 * @param <T> the item type
 */
public record Page<T>(
        List<T> items, @Nullable PageCursor older, @Nullable PageCursor newer) {
    public Page {
        items = List.copyOf(items);
    }
}
