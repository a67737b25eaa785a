package social.woolly.core.model;

/** Whether a quoted status may be shown. The docs say to treat an unknown state like {@code unauthorized}. */
public enum QuoteState implements WireName {
    PENDING("pending"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    REVOKED("revoked"),
    DELETED("deleted"),
    UNAUTHORIZED("unauthorized"),
    BLOCKED_ACCOUNT("blocked_account"),
    BLOCKED_DOMAIN("blocked_domain"),
    MUTED_ACCOUNT("muted_account"),
    UNKNOWN("unknown");

    private final String wireName;

    QuoteState(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
