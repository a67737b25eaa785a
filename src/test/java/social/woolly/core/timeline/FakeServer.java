package social.woolly.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/**
 * A timeline on a pretend server, paging as Mastodon does: {@code max_id}, {@code min_id} and
 * {@code since_id} are resolved by position in the server's own order (the server may order ids;
 * clients may not). In Link-only mode (bookmarks), cursors are ids of bookmark records that share
 * nothing with status ids, and a status id used as a cursor fails the test. Each call reads the
 * server when executed, not when made.
 */
final class FakeServer implements PageFetcher {

    /** How the server hands out cursors. */
    enum Paging {
        /** Cursors are status ids (Link header or not: the client sees the same). */
        STATUS_IDS,
        /** Cursors are record ids from the Link header only (bookmarks, favourites). */
        LINK_ONLY,
        /** Record ids, but the server sends no Link header: there is no way to page on. */
        NO_LINK
    }

    private record Item(String cursorKey, @Nullable Status status) {}

    private final List<Item> items = new ArrayList<>();
    private final int pageSize;
    private final Paging paging;
    private int records;
    final List<PageCursor> requests = new ArrayList<>();

    FakeServer(int pageSize, Paging paging) {
        this.pageSize = pageSize;
        this.paging = paging;
    }

    /** A server whose timeline holds these statuses, newest first. */
    static FakeServer of(int pageSize, Paging paging, List<String> newestFirst) {
        FakeServer server = new FakeServer(pageSize, paging);
        newestFirst.reversed().forEach(id -> server.post(TestStatuses.status(id)));
        return server;
    }

    /** A new status on top. */
    void post(Status status) {
        String key = paging == Paging.STATUS_IDS ? status.id() : "bm-" + ++records;
        items.addFirst(new Item(key, status));
    }

    void postAll(List<String> oldestFirst) {
        oldestFirst.forEach(id -> post(TestStatuses.status(id)));
    }

    void delete(String statusId) {
        items.replaceAll(item ->
                item.status() != null && item.status().id().equals(statusId) ? new Item(item.cursorKey(), null) : item);
    }

    /** The server now serves another status in this one's place (a changed id, an edit). */
    void replace(String statusId, Status now) {
        items.replaceAll(item ->
                item.status() != null && item.status().id().equals(statusId) ? new Item(item.cursorKey(), now) : item);
    }

    boolean pagesByStatusId() {
        return paging == Paging.STATUS_IDS;
    }

    int requestCount() {
        return requests.size();
    }

    @Override
    public ApiCall<Page<Status>> page(PageCursor cursor) {
        return new ApiCall<>() {
            private final AtomicBoolean cancelled = new AtomicBoolean();

            @Override
            public Page<Status> execute() throws ApiException {
                if (cancelled.get()) {
                    throw new ApiException.Cancelled(null);
                }
                return answer(cursor);
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private Page<Status> answer(PageCursor cursor) {
        requests.add(cursor);
        List<Item> chosen = new ArrayList<>();
        if (cursor.minId() != null) {
            // The items just above min_id, nearest first, then handed out newest first.
            for (int i = position(cursor.minId()) - 1; i >= 0 && chosen.size() < pageSize; i--) {
                addIfLive(chosen, i);
            }
            chosen = chosen.reversed();
        } else {
            int from = cursor.maxId() == null ? 0 : position(cursor.maxId()) + 1;
            int to = cursor.sinceId() == null ? items.size() : position(cursor.sinceId());
            for (int i = from; i < to && chosen.size() < pageSize; i++) {
                addIfLive(chosen, i);
            }
        }
        return page(chosen);
    }

    private void addIfLive(List<Item> chosen, int index) {
        if (items.get(index).status() != null) {
            chosen.add(items.get(index));
        }
    }

    private Page<Status> page(List<Item> chosen) {
        List<Status> statuses = chosen.stream()
                .map(item -> Objects.requireNonNull(item.status()))
                .toList();
        if (chosen.isEmpty() || paging == Paging.NO_LINK) {
            return new Page<>(statuses, null, null);
        }
        return new Page<>(
                statuses,
                PageCursor.olderThan(chosen.getLast().cursorKey()),
                PageCursor.newerThan(chosen.getFirst().cursorKey()));
    }

    private int position(String cursorKey) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).cursorKey().equals(cursorKey)) {
                return i;
            }
        }
        throw new AssertionError("the server has no item with cursor " + cursorKey + " (" + paging + ")");
    }
}
