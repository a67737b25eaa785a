package social.woolly.core.model;

/** Who may see a status. {@code UNKNOWN} stands for any value this client does not know (e.g. Akkoma's {@code local}). */
public enum Visibility implements WireName {
    PUBLIC("public"),
    UNLISTED("unlisted"),
    PRIVATE("private"),
    DIRECT("direct"),
    UNKNOWN("unknown");

    private final String wireName;

    Visibility(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
