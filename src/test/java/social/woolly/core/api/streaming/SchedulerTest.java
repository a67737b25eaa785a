package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void using_executor_runsTheTaskAfterTheDelay() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);

        Scheduler.using(executor).schedule(Duration.ofMillis(5), ran::countDown);

        assertThat(ran.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void using_cancelledBeforeItsTime_neverRuns() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);

        Scheduler.using(executor).schedule(Duration.ofHours(1), ran::countDown).cancel();

        executor.shutdown();
        assertThat(executor.awaitTermination(2, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.getCount()).isEqualTo(1);
    }
}
