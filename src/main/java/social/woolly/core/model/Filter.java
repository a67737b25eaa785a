package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user-defined filter (v2).
 *
 * @param context where the filter applies; unknown contexts are {@link FilterContext#UNKNOWN}
 * @param expiresAt {@code null} if it never expires
 * @see <a href="https://docs.joinmastodon.org/entities/Filter/">Filter</a>
 */
public record Filter(
        String id,
        String title,
        List<FilterContext> context,
        @Nullable Instant expiresAt,
        FilterAction filterAction,
        List<Keyword> keywords,
        List<StatusEntry> statuses) {

    public Filter {
        Objects.requireNonNull(id, "filter id");
        title = Missing.text(title);
        context = Missing.list(context);
        // Servers before 4.0 had no action; their filters only warned.
        filterAction = Missing.or(filterAction, FilterAction.WARN);
        keywords = Missing.list(keywords);
        statuses = Missing.list(statuses);
    }

    /** A keyword to match; {@code wholeWord} limits it to word boundaries. */
    public record Keyword(String id, String keyword, boolean wholeWord) {
        public Keyword {
            id = Missing.text(id);
            keyword = Missing.text(keyword);
        }
    }

    /** A status the filter matches by id. */
    public record StatusEntry(String id, String statusId) {
        public StatusEntry {
            id = Missing.text(id);
            statusId = Missing.text(statusId);
        }
    }
}
