package social.woolly.core.model;

import org.jspecify.annotations.Nullable;

/**
 * What a status quotes: Mastodon 4.4+ {@code Quote} or {@code ShallowQuote}, or a Pleroma/Akkoma
 * quote (always {@link QuoteState#ACCEPTED}).
 *
 * @param quotedStatus the quoted status; {@code null} unless the state allows showing it, or the
 *     server sent only its id
 * @param quotedStatusId the quoted status's id, when known
 * @see <a href="https://docs.joinmastodon.org/entities/Quote/">Quote</a>
 */
public record Quote(
        QuoteState state,
        @Nullable Status quotedStatus,
        @Nullable String quotedStatusId) {

    public Quote {
        state = Missing.or(state, QuoteState.UNKNOWN);
        if (quotedStatusId == null && quotedStatus != null) {
            quotedStatusId = quotedStatus.id();
        }
    }

    /** Whether the quoted status may be shown inline (the docs treat unknown states as unauthorized). */
    public boolean isShowable() {
        return state == QuoteState.ACCEPTED && quotedStatus != null;
    }
}
