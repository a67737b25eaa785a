package social.woolly.core.model;

/** Where a filter applies. */
public enum FilterContext implements WireName {
    HOME("home"),
    NOTIFICATIONS("notifications"),
    PUBLIC("public"),
    THREAD("thread"),
    ACCOUNT("account"),
    UNKNOWN("unknown");

    private final String wireName;

    FilterContext(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
