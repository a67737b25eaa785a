package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.streaming.StreamingSupport;

class PollingPlanTest {
    private static final List<String> PLACES = List.of("home", "local");

    private final PollingPlan plan = new PollingPlan();

    private List<String> due(boolean live, StreamingSupport support) {
        return plan.due(live, PLACES);
    }

    @Test
    void due_notLive_everyTimeline() {
        assertThat(due(false, StreamingSupport.MASTODON)).containsExactly("home", "local");
    }

    @Test
    void due_liveOnMastodon_nothingBetweenSafetyNets() {
        assertThat(due(true, StreamingSupport.MASTODON)).isEmpty();
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
