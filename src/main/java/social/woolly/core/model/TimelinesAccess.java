package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Who may read the server's public feeds (Mastodon 4.5 {@code configuration.timelines_access}).
 * A feed the server left out is {@code null}: treat it as public, as servers did before 4.5.
 */
public record TimelinesAccess(
        @Nullable FeedAccess liveFeeds,
        @Nullable FeedAccess hashtagFeeds,
        @Nullable FeedAccess trendingLinkFeeds) {

    /** Access to a feed's local and remote parts. */
    public record FeedAccess(FeedAccessLevel local, FeedAccessLevel remote) {
        public FeedAccess {
            local = Missing.or(local, FeedAccessLevel.PUBLIC);
            remote = Missing.or(remote, FeedAccessLevel.PUBLIC);
        }
    }
}
