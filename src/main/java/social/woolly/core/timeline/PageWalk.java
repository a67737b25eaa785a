package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * Fetches pages one after another from a cursor, older or newer, until a page is empty, reaches a
 * status already shown ({@code known}: ids and uris, a snapshot, since this runs off the
 * timeline's thread), has no cursor onwards, or {@code maxPages} were fetched.
 */
final class PageWalk implements ApiCall<List<Page<Status>>> {
    private final TimelineSource source;
    private final PageCursor start;
    private final boolean towardsOlder;
    private final int maxPages;
    private final Set<String> known;
    private boolean cancelled;
    private @Nullable ApiCall<Page<Status>> current;

    PageWalk(TimelineSource source, PageCursor start, boolean towardsOlder, int maxPages, Set<String> known) {
        this.source = source;
        this.start = start;
        this.towardsOlder = towardsOlder;
        this.maxPages = maxPages;
        this.known = Set.copyOf(known);
    }

    @Override
    public List<Page<Status>> execute() throws ApiException {
        List<Page<Status>> pages = new ArrayList<>();
        PageCursor cursor = start;
        while (cursor != null && pages.size() < maxPages) {
            Page<Status> page = step(source.page(cursor)).execute();
            pages.add(page);
            cursor = page.items().isEmpty() || reachesKnown(page) ? null : next(page);
        }
        if (isCancelled()) {
            throw new ApiException.Cancelled(null);
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

    private synchronized ApiCall<Page<Status>> step(ApiCall<Page<Status>> call) throws ApiException {
        if (cancelled) {
            throw new ApiException.Cancelled(null);
        }
        current = call;
        return call;
    }

    @Override
    public void cancel() {
        ApiCall<Page<Status>> step;
        synchronized (this) {
            cancelled = true;
            step = current;
        }
        if (step != null) {
            step.cancel();
        }
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }
}
