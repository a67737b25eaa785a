package social.woolly.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.ApiException;

class DirectRunnerTest {

    private final DirectRunner runner = new DirectRunner();
    private final List<Object> delivered = new ArrayList<>();

    @Test
    void run_success_deliversBeforeReturning() {
        runner.run(FakeApiCall.answering("hello"), delivered::add, delivered::add);

        assertThat(delivered).containsExactly("hello");
    }

    @Test
    void run_failure_deliversTheApiException() {
        ApiException failure = new ApiException.ServerTrouble(503);

        runner.run(FakeApiCall.failingWith(failure), delivered::add, delivered::add);

        assertThat(delivered).containsExactly(failure);
    }

    @Test
    void run_cancelledCall_deliversNothing() {
        runner.run(FakeApiCall.failingWith(new ApiException.Cancelled(null)), delivered::add, delivered::add);

        assertThat(delivered).isEmpty();
    }

    @Test
    void run_cancelHandle_cancelsTheCall() {
        FakeApiCall<String> call = FakeApiCall.answering("x");

        runner.run(call, delivered::add, delivered::add).cancel();

        assertThat(call.isCancelled()).isTrue();
    }

    @Test
    void runBlocking_checkedException_goesToOnFailure() {
        IOException failure = new IOException("disk full");

        runner.runBlocking(
                () -> {
                    throw failure;
                },
                delivered::add,
                delivered::add);

        assertThat(delivered).containsExactly(failure);
    }

    @Test
    void runBlocking_runtimeException_isThrownNotDelivered() {
        assertThatThrownBy(() -> runner.runBlocking(
                        () -> {
                            throw new IllegalStateException("bug");
                        },
                        delivered::add,
                        delivered::add))
                .isInstanceOf(IllegalStateException.class);
        assertThat(delivered).isEmpty();
    }

    @Test
    void runOnFxThread_runsInline() {
        runner.runOnFxThread(() -> delivered.add("ran"));

        assertThat(delivered).containsExactly("ran");
    }
}
