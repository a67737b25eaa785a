package social.woolly.core.model;

/** Why a notification was sent. Types this client does not know (Pleroma's {@code pleroma:emoji_reaction}, future Mastodon types) are {@code UNKNOWN}; the notification keeps the raw string. */
public enum NotificationType implements WireName {
    MENTION("mention"),
    STATUS("status"),
    REBLOG("reblog"),
    FOLLOW("follow"),
    FOLLOW_REQUEST("follow_request"),
    FAVOURITE("favourite"),
    POLL("poll"),
    UPDATE("update"),
    ADMIN_SIGN_UP("admin.sign_up"),
    ADMIN_REPORT("admin.report"),
    SEVERED_RELATIONSHIPS("severed_relationships"),
    MODERATION_WARNING("moderation_warning"),
    QUOTE("quote"),
    QUOTED_UPDATE("quoted_update"),
    UNKNOWN("unknown");

    private final String wireName;

    NotificationType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
