package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.ComposedCall;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * Fetches pages one after another from a cursor, older or newer, until a page is empty, reaches a
 * status already shown ({@code known}: ids and uris, a snapshot, since this runs off the
 * timeline's thread), has no cursor onwards, or {@code maxPages} were fetched.
 */
final class PageWalk {
    private final TimelineSource source;
    private final PageCursor start;
    private final boolean towardsOlder;
    private final int maxPages;
    private final Set<String> known;

    private PageWalk(TimelineSource source, PageCursor start, boolean towardsOlder, int maxPages, Set<String> known) {
        this.source = source;
        this.start = start;
        this.towardsOlder = towardsOlder;
        this.maxPages = maxPages;
        this.known = Set.copyOf(known);
    }

    /** The walk as one call; cancelling it cancels the page in flight and stops the walk. */
    static ApiCall<List<Page<Status>>> of(
            TimelineSource source, PageCursor start, boolean towardsOlder, int maxPages, Set<String> known) {
        PageWalk walk = new PageWalk(source, start, towardsOlder, maxPages, known);
        return new ComposedCall<>(walk::pages);
    }

    private List<Page<Status>> pages(ComposedCall<List<Page<Status>>> calls) throws ApiException {
        List<Page<Status>> pages = new ArrayList<>();
        PageCursor cursor = start;
        while (cursor != null && pages.size() < maxPages) {
            Page<Status> page = calls.run(source.page(cursor));
            pages.add(page);
            cursor = page.items().isEmpty() || reachesKnown(page) ? null : next(page);
        }
        return pages;
    }

    private @Nullable PageCursor next(Page<Status> page) {
        return towardsOlder ? page.older() : page.newer();
    }

    private boolean reachesKnown(Page<Status> page) {
        for (Status status : page.items()) {
            String uri = EntryList.uriKey(status);
            if (known.contains(status.id()) || (uri != null && known.contains(uri))) {
                return true;
            }
        }
        return false;
    }
}
