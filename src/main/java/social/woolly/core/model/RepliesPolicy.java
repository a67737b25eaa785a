package social.woolly.core.model;

/** Which replies a list shows. */
public enum RepliesPolicy implements WireName {
    FOLLOWED("followed"),
    LIST("list"),
    NONE("none"),
    UNKNOWN("unknown");

    private final String wireName;

    RepliesPolicy(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
