package social.woolly.core.model;

/** Kind of a {@link PreviewCard}. */
public enum CardType implements WireName {
    LINK("link"),
    PHOTO("photo"),
    VIDEO("video"),
    RICH("rich"),
    UNKNOWN("unknown");

    private final String wireName;

    CardType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
