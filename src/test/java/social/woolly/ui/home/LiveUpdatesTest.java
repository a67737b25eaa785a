package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.streaming.StreamEvent;
import social.woolly.core.api.streaming.StreamSubscription;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.status.StatusItemFactory;

class LiveUpdatesTest {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final FxQueue fx = new FxQueue();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void backlog_goesOverInTasksOfAtMostTheCap_inOrder() throws Exception {
        List<List<String>> batches = new ArrayList<>();
        LiveUpdates updates = new LiveUpdates(
                new StatusItemFactory(null),
                fx,
                scheduler,
                batch -> batches.add(batch.stream()
                        .map(a -> ((LiveUpdates.Arrival.Delete) a).statusId())
                        .toList()));
        int total = 2 * LiveUpdates.MAX_PER_TASK + 50;
        for (int i = 0; i < total; i++) {
            updates.onEvent(new StreamEvent.Delete(StreamSubscription.of("user"), "s" + i));
        }

        fx.awaitFirstTask();
        fx.runAll();

        assertThat(batches).map(List::size).containsExactly(100, 100, 50);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, total)
                        .mapToObj(i -> "s" + i)
                        .toList());
    }

    @Test
    void arrivalAfterADrain_isScheduledAgain() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        LiveUpdates updates =
                new LiveUpdates(new StatusItemFactory(null), fx, scheduler, batch -> sizes.add(batch.size()));
        updates.onEvent(new StreamEvent.Delete(StreamSubscription.of("user"), "a"));
        fx.awaitFirstTask();
        fx.runAll();

        updates.onEvent(new StreamEvent.Delete(StreamSubscription.of("user"), "b"));
        fx.awaitFirstTask();
        fx.runAll();

        assertThat(sizes).containsExactly(1, 1);
    }

    /** Plays the FX thread: tasks wait in a queue until the test runs them, as runLater would. */
    private static final class FxQueue implements BackgroundRunner {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        synchronized void awaitFirstTask() throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (tasks.isEmpty() && System.nanoTime() < end) {
                wait(50);
            }
            assertThat(tasks).isNotEmpty();
        }

        void runAll() {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        }

        private synchronized Runnable next() {
            return tasks.poll();
        }

        @Override
        public synchronized void runOnFxThread(Runnable action) {
            tasks.add(action);
            notifyAll();
        }

        @Override
        public <T> Cancellable run(
                ApiCall<T> call, Consumer<? super T> onSuccess, Consumer<? super ApiException> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Cancellable runBlocking(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            throw new UnsupportedOperationException();
        }
    }
}
