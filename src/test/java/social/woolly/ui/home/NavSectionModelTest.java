package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.testing.MovableClock;
import social.woolly.ui.concurrent.DirectRunner;

/** The column's lists and hashtags sections, without a toolkit. */
class NavSectionModelTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final Deque<Object> answers = new ArrayDeque<>();
    private int calls;
    private final NavSectionModel<String> model = new NavSectionModel<>(this::next, new DirectRunner(), clock);

    @SuppressWarnings("unchecked")
    private ApiCall<List<String>> next() {
        calls++;
        Object answer = answers.remove();
        return new ApiCall<>() {
            @Override
            public List<String> execute() throws ApiException {
                if (answer instanceof ApiException failure) {
                    throw failure;
                }
                return (List<String>) answer;
            }

            @Override
            public void cancel() {}

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Test
    void refreshIfStale_withinAMinute_doesNotLoadAgain_afterAMinuteDoes() {
        answers.add(List.of("Close friends"));
        answers.add(List.of("Close friends", "Knitters"));

        model.refreshIfStale();
        clock.advance(Duration.ofSeconds(59));
        model.refreshIfStale();
        clock.advance(Duration.ofSeconds(1));
        model.refreshIfStale();

        assertThat(calls).isEqualTo(2);
        assertThat(model.items()).containsExactly("Close friends", "Knitters");
        assertThat(model.phaseProperty().get()).isEqualTo(NavSectionModel.Phase.SHOWN);
    }

    @Test
    void emptyAnswer_isEmpty() {
        answers.add(List.of());

        model.refresh();

        assertThat(model.phaseProperty().get()).isEqualTo(NavSectionModel.Phase.EMPTY);
    }

    @Test
    void notFound_leavesTheSectionOut() {
        answers.add(new ApiException.NotFound(null));

        model.refresh();

        assertThat(model.phaseProperty().get()).isEqualTo(NavSectionModel.Phase.ABSENT);
        assertThat(model.items()).isEmpty();
    }

    @Test
    void failure_withNothingKnown_isUnavailable_withEntriesKnown_keepsThem() {
        answers.add(new ApiException.ServerTrouble(502));
        answers.add(List.of("Close friends"));
        answers.add(new ApiException.ServerTrouble(502));

        model.refresh();
        NavSectionModel.Phase first = model.phaseProperty().get();
        model.refresh();
        model.refresh();

        assertThat(first).isEqualTo(NavSectionModel.Phase.UNAVAILABLE);
        assertThat(model.phaseProperty().get()).isEqualTo(NavSectionModel.Phase.SHOWN);
        assertThat(model.items()).containsExactly("Close friends");
    }
}
