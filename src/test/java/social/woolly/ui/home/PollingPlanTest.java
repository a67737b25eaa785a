package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.streaming.StreamingSupport;

class PollingPlanTest {
    private static final List<String> PLACES = List.of("home", "local");
    private static final List<String> TAGS = List.of("#cats");
    private static final List<String> LISTS = List.of("list 42");
    private static final StreamingSupport GO_TO_SOCIAL = StreamingSupport.of("0.19.1 git-4aa5a0c");
    private static final StreamingSupport AKKOMA = StreamingSupport.of("2.7.2 (compatible; Akkoma 3.13.2)");

    private final PollingPlan plan = new PollingPlan();

    private List<String> due(boolean live, StreamingSupport support) {
        return plan.due(live, support, PLACES, TAGS, LISTS);
    }

    // Audit F6: hashtag and list timelines opened in place were never polled.
    @Test
    void due_notLive_everyTimelineIncludingThoseOpenedInPlace() {
        assertThat(due(false, StreamingSupport.MASTODON)).containsExactly("home", "local", "#cats", "list 42");
    }

    @Test
    void due_liveOnMastodon_nothingBetweenSafetyNets() {
        assertThat(due(true, StreamingSupport.MASTODON)).isEmpty();
    }

    // Audit F6: GoToSocial has no hashtag stream, Akkoma refuses hashtag and list subscriptions.
    @Test
    void due_liveOnServersThatCannotStreamTagsOrLists_thoseArePolled() {
        assertThat(due(true, GO_TO_SOCIAL)).containsExactly("#cats");
        assertThat(due(true, AKKOMA)).containsExactly("#cats", "list 42");
    }

    // Audit F1: an open socket whose user subscription was silently dropped must not freeze Home.
    @Test
    void due_liveForManyTicks_everythingEveryFifthTick() {
        List<Integer> full = new ArrayList<>();
        for (int tick = 1; tick <= 3 * PollingPlan.SAFETY_NET_TICKS; tick++) {
            if (due(true, StreamingSupport.MASTODON).contains("home")) {
                full.add(tick);
            }
        }

        assertThat(full).containsExactly(5, 10, 15);
    }
}
