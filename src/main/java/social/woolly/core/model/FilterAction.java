package social.woolly.core.model;

/** What a client does with a status a filter matched: show a warning, hide it, or blur its media (4.4+). */
public enum FilterAction implements WireName {
    WARN("warn"),
    HIDE("hide"),
    BLUR("blur"),
    UNKNOWN("unknown");

    private final String wireName;

    FilterAction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
