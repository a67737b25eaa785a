package social.woolly.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A status (or a reblog, when {@link #reblog} is set). Mutable for edits; guarded by the store lock. */
final class SandboxStatus {
    /** A former version of an edited status, for {@code /history}. */
    record Revision(
            String html,
            String spoilerText,
            boolean sensitive,
            Instant createdAt,
            List<SandboxMedia> media,
            @Nullable List<String> pollOptions) {}

    final long id;
    final SandboxAccount account;
    final Instant createdAt;
    final @Nullable SandboxStatus reblog;
    final @Nullable Long inReplyToId;
    final @Nullable Long inReplyToAccountId;
    final String visibility;
    final @Nullable String application;
    String text = "";
    String spoilerText = "";
    boolean sensitive;

    @Nullable
    String language;

    String html = "";
    List<SandboxAccount> mentions = List.of();
    List<String> tags = List.of();
    List<String> emojis = List.of();
    List<SandboxMedia> media = List.of();

    @Nullable
    SandboxPoll poll;

    @Nullable
    Instant editedAt;

    final List<Revision> history = new ArrayList<>();
    final Set<Long> favouritedBy = new LinkedHashSet<>();
    final Set<Long> rebloggedBy = new LinkedHashSet<>();
    final Set<Long> bookmarkedBy = new LinkedHashSet<>();
    final Set<Long> mutedBy = new LinkedHashSet<>();

    SandboxStatus(
            long id,
            SandboxAccount account,
            Instant createdAt,
            @Nullable SandboxStatus reblog,
            @Nullable SandboxStatus inReplyTo,
            String visibility,
            @Nullable String application) {
        this.id = id;
        this.account = account;
        this.createdAt = createdAt;
        this.reblog = reblog;
        this.inReplyToId = inReplyTo == null ? null : inReplyTo.id;
        this.inReplyToAccountId = inReplyTo == null ? null : inReplyTo.account.id;
        this.visibility = visibility;
        this.application = application;
    }

    /** The status shown: the original for a reblog, else this one. */
    SandboxStatus target() {
        return reblog == null ? this : reblog;
    }

    /** A reply to someone else; Mastodon does not count self-threads as replies in timelines. */
    boolean isReplyToOther() {
        return inReplyToAccountId != null && inReplyToAccountId != account.id;
    }

    boolean mentions(long accountId) {
        return mentions.stream().anyMatch(a -> a.id == accountId);
    }
}
