package social.woolly.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A poll on a status, with who voted for what. Guarded by the store lock. */
final class SandboxPoll {
    final long id;
    final @Nullable Instant expiresAt;
    final boolean multiple;
    final boolean hideTotals;
    final List<String> options;
    final Map<Long, List<Integer>> votes = new LinkedHashMap<>();

    SandboxPoll(long id, @Nullable Instant expiresAt, boolean multiple, boolean hideTotals, List<String> options) {
        this.id = id;
        this.expiresAt = expiresAt;
        this.multiple = multiple;
        this.hideTotals = hideTotals;
        this.options = List.copyOf(options);
    }

    boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    int votesFor(int option) {
        return (int) votes.values().stream()
                .flatMap(List::stream)
                .filter(choice -> choice == option)
                .count();
    }

    int votesCount() {
        return votes.values().stream().mapToInt(List::size).sum();
    }
}
