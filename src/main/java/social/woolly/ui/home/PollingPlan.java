package social.woolly.ui.home;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import social.woolly.core.api.streaming.StreamingSupport;

/**
 * Which timelines the home's minute tick refreshes. Without a live stream, every one: the places
 * and the hashtag and list timelines opened in place. With one, the kinds the server cannot stream
 * ({@link StreamingSupport}), and every {@link #SAFETY_NET_TICKS}th tick all of them.
 *
 * <p>The safety net exists because an open socket does not prove that posts arrive: Pleroma and
 * Akkoma accept a socket whose token they did not read and then drop the {@code user}
 * subscription, Akkoma without a word. Counting the stream as live only once events arrive would
 * not do: a quiet home looks the same as a dead subscription, and so does one that dies after
 * working. A slow refresh catches every such case for one request per timeline every few minutes.
 */
final class PollingPlan {
    /** While live, every this many ticks refresh everything (five minutes at one a minute). */
    static final int SAFETY_NET_TICKS = 5;

    private int liveTicks;

    /**
     * The timelines to refresh on this tick, in the order given.
     *
     * @param live whether the account's stream is live now
     * @param places the timelines of the navigation column that were built
     * @param tags hashtag timelines opened in place
     * @param lists list timelines opened in place
     */
    <T> List<T> due(
            boolean live, StreamingSupport support, Collection<T> places, Collection<T> tags, Collection<T> lists) {
        boolean everything = !live || ++liveTicks % SAFETY_NET_TICKS == 0;
        List<T> due = new ArrayList<>();
        if (everything) {
            due.addAll(places);
        }
        if (everything || !support.hashtags()) {
            due.addAll(tags);
        }
        if (everything || !support.lists()) {
            due.addAll(lists);
        }
        return due;
    }
}
