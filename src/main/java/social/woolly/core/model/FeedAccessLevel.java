package social.woolly.core.model;

/** Who may read a feed (Mastodon 4.5 {@code timelines_access}). */
public enum FeedAccessLevel implements WireName {
    PUBLIC("public"),
    AUTHENTICATED("authenticated"),
    DISABLED("disabled"),
    UNKNOWN("unknown");

    private final String wireName;

    FeedAccessLevel(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
