package social.woolly.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.api.ApiException;

@Tag("ui")
class FxBackgroundRunnerTest {

    private final TrackingExecutor executor = new TrackingExecutor();
    private final FxBackgroundRunner runner = new FxBackgroundRunner(executor);
    private final List<Object> delivered = new CopyOnWriteArrayList<>();
    private final List<Boolean> deliveredOnFxThread = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void run_success_deliversTheValueOnTheFxThread() throws Exception {
        onFx(() -> runner.run(FakeApiCall.answering("hello"), record(), record()));

        awaitJobsAndFxEvents(1);

        assertThat(delivered).containsExactly("hello");
        assertThat(deliveredOnFxThread).containsExactly(true);
    }

    @Test
    void run_failure_deliversTheApiExceptionOnTheFxThread() throws Exception {
        ApiException failure = new ApiException.Unauthorized(null);

        onFx(() -> runner.run(FakeApiCall.failingWith(failure), record(), record()));

        awaitJobsAndFxEvents(1);
        assertThat(delivered).containsExactly(failure);
        assertThat(deliveredOnFxThread).containsExactly(true);
    }

    @Test
    void run_callThrowsCancelled_deliversNothing() throws Exception {
        onFx(() -> runner.run(FakeApiCall.failingWith(new ApiException.Cancelled(null)), record(), record()));

        awaitJobsAndFxEvents(1);
        assertThat(delivered).isEmpty();
    }

    @Test
    void cancel_whileInFlight_cancelsTheCallAndRunsNoCallback() throws Exception {
        FakeApiCall<String> call = FakeApiCall.answeringWhenReleased("late");
        Cancellable handle = onFx(() -> runner.run(call, record(), record()));
        assertThat(call.awaitStarted()).isTrue();

        onFx(handle::cancel);
        call.release();

        awaitJobsAndFxEvents(1);
        assertThat(call.isCancelled()).isTrue();
        assertThat(delivered).isEmpty();
    }

    @Test
    void cancel_afterTheResultWasPostedButBeforeItRuns_runsNoCallback() throws Exception {
        FakeApiCall<String> call = FakeApiCall.answeringWhenReleased("raced");
        Cancellable handle = onFx(() -> runner.run(call, record(), record()));

        // Hold the FX thread while the worker finishes and posts its callback, then cancel: the
        // callback is queued behind this action and must see the cancel.
        onFx(() -> {
            call.release();
            assertThat(executor.awaitFinished(1)).isTrue();
            handle.cancel();
            return null;
        });

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).isEmpty();
    }

    @Test
    void runBlocking_success_deliversTheValueOnTheFxThread() throws Exception {
        onFx(() -> runner.runBlocking(() -> 42, record(), record()));

        awaitJobsAndFxEvents(1);
        assertThat(delivered).containsExactly(42);
        assertThat(deliveredOnFxThread).containsExactly(true);
    }

    @Test
    void runBlocking_checkedException_goesToOnFailure() throws Exception {
        IOException failure = new IOException("disk full");

        onFx(() -> runner.runBlocking(
                () -> {
                    throw failure;
                },
                record(),
                record()));

        awaitJobsAndFxEvents(1);
        assertThat(delivered).containsExactly(failure);
    }

    @Test
    void runBlocking_cancelWhileRunning_interruptsTheWorkAndRunsNoCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Callable<String> work = () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(5, TimeUnit.SECONDS);
                return "not interrupted";
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        };
        Cancellable handle = onFx(() -> runner.runBlocking(work, record(), record()));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        onFx(handle::cancel);

        awaitJobsAndFxEvents(1);
        assertThat(interrupted).isTrue();
        assertThat(delivered).isEmpty();
    }

    @Test
    void runBlocking_runtimeException_escapesTheJobAndRunsNoCallback() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");

        onFx(() -> runner.runBlocking(
                () -> {
                    throw bug;
                },
                record(),
                record()));

        awaitJobsAndFxEvents(1);
        assertThat(executor.escaped).containsExactly(bug);
        assertThat(delivered).isEmpty();
    }

    @Test
    void runOnFxThread_fromAnotherThread_runsOnTheFxThread() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean onFxThread = new AtomicBoolean();

        executor.execute(() -> runner.runOnFxThread(() -> {
            onFxThread.set(Platform.isFxApplicationThread());
            ran.countDown();
        }));

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread).isTrue();
    }

    @Test
    void newIoExecutor_eachTask_runsOnANamedVirtualThread() throws Exception {
        try (ExecutorService io = FxBackgroundRunner.newIoExecutor()) {
            Thread first = io.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            Thread second = io.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertThat(List.of(first, second)).allSatisfy(thread -> {
                assertThat(thread.isVirtual()).isTrue();
                assertThat(thread.getName()).startsWith("woolly-io-");
            });
            assertThat(first.getName()).isNotEqualTo(second.getName());
        }
    }

    private <T> Consumer<T> record() {
        return value -> {
            deliveredOnFxThread.add(Platform.isFxApplicationThread());
            delivered.add(value);
        };
    }

    private void awaitJobsAndFxEvents(int jobs) throws InterruptedException {
        assertThat(executor.awaitFinished(jobs)).isTrue();
        // Every callback was posted before its job finished, so it is in the FX queue by now.
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    /** Starts each task on its own virtual thread and tells when tasks have finished. */
    private static final class TrackingExecutor implements Executor {
        final List<Throwable> escaped = new CopyOnWriteArrayList<>();
        private final AtomicInteger finished = new AtomicInteger();
        private final Object lock = new Object();

        @Override
        public void execute(Runnable task) {
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    escaped.add(e);
                } finally {
                    synchronized (lock) {
                        finished.incrementAndGet();
                        lock.notifyAll();
                    }
                }
            });
        }

        boolean awaitFinished(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            synchronized (lock) {
                while (finished.get() < count) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
            return true;
        }
    }
}
