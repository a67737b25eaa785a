package social.woolly.core.model;

/** Kind of a {@link MediaAttachment}; {@code UNKNOWN} is both Mastodon's own "unknown" and any value this client does not know. */
public enum MediaType implements WireName {
    UNKNOWN("unknown"),
    IMAGE("image"),
    GIFV("gifv"),
    VIDEO("video"),
    AUDIO("audio");

    private final String wireName;

    MediaType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
