package social.woolly.ui.home;

import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.model.FeedAccessLevel;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.TimelinesAccess;
import social.woolly.core.timeline.TimelineSource;

/** What each place of the navigation column shows, and whether the server switched it off. */
final class PlaceSources {
    private PlaceSources() {}

    /** The server's own word (Mastodon 4.5 timelines_access) that a live feed is switched off. */
    static Optional<String> closedFeed(Place place, @Nullable ServerInfo known, ResourceBundle text) {
        TimelinesAccess access = known == null ? null : known.timelinesAccess();
        TimelinesAccess.FeedAccess live = access == null ? null : access.liveFeeds();
        if (live == null) {
            return Optional.empty();
        }
        boolean off = switch (place) {
            case LOCAL -> live.local() == FeedAccessLevel.DISABLED;
            case FEDERATED -> live.remote() == FeedAccessLevel.DISABLED && live.local() == FeedAccessLevel.DISABLED;
            default -> false;
        };
        return off
                ? Optional.of(java.text.MessageFormat.format(
                        text.getString("timeline.disabled"),
                        text.getString("nav." + place.name().toLowerCase(java.util.Locale.ROOT))))
                : Optional.empty();
    }

    /** @param ownAccountId the signed-in account, whose posts the profile shows */
    static Optional<TimelineSource> sourceOf(Place place, MastodonApi api, String ownAccountId) {
        return switch (place) {
            case HOME -> Optional.of(TimelineSource.home(api));
            case LOCAL -> Optional.of(TimelineSource.local(api));
            case FEDERATED -> Optional.of(TimelineSource.federated(api));
            case BOOKMARKS -> Optional.of(TimelineSource.bookmarks(api.saved()::bookmarks));
            case FAVOURITES -> Optional.of(TimelineSource.favourites(api.saved()::favourites));
            case PROFILE -> Optional.of(TimelineSource.account(api, ownAccountId));
            case NOTIFICATIONS -> Optional.empty();
        };
    }
}
