package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.model.MastodonList;
import social.woolly.core.model.RepliesPolicy;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/**
 * Live updates on servers whose stream does not carry everything (audit F1, F2, F6): the home
 * keeps updating over an Akkoma-like socket, and the minute tick polls what the stream misses.
 * The tick is called directly instead of waiting a minute.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LivePollingUiTest {
    private final List<String> problems = new ArrayList<>();
    private Stage stage;
    private HomeFixture fixture;

    @Start
    void start(Stage started) {
        stage = started;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (fixture != null) {
            robot.interact(fixture.home::dispose);
            fixture.close();
        }
    }

    private AccountHome open(SandboxOptions options) throws Exception {
        Sandbox sandbox = Sandbox.start(options);
        fixture = WaitForAsyncUtils.asyncFx(() -> new HomeFixture(stage, sandbox, problems))
                .get(20, TimeUnit.SECONDS);
        return fixture.home;
    }

    /** A home on a Mastodon sandbox, live, with its first page in. */
    private AccountHome openLiveOnMastodon(FxRobot robot) throws Exception {
        AccountHome home = open(SandboxOptions.defaults());
        assertThat(fixture.sandbox.awaitStreamSubscribers(1, Duration.ofSeconds(10), "user"))
                .isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, home::isLive);
        // A refresh still running would make the tick do nothing.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, ""));
        return home;
    }

    private static void awaitHomePolled(Sandbox sandbox) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !sandbox.requests("/api/v1/timelines/home").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#" + TimelineView.LIST_ID).queryAs(ListView.class);
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup("#" + TimelineView.LIST_ID).tryQuery().isPresent()
                && list(robot).getItems().stream()
                        .anyMatch(r -> r instanceof TimelineRow.Post p
                                && p.item().shown().content().contains(text));
    }

    // Audit F1 + F2: Akkoma ignores Authorization on the socket (the sub-protocol carries the token)
    // and names the home stream "user:<id>".
    @Test
    void akkomaSocket_homePostArrivesLive(FxRobot robot) throws Exception {
        AccountHome home = open(SandboxOptions.builder().akkomaStreaming(true).build());
        Sandbox sandbox = fixture.sandbox;

        assertThat(sandbox.awaitStreamSubscribers(1, Duration.ofSeconds(10), "user"))
                .as("the user stream of an authenticated socket")
                .isTrue();
        // The first page is in, so the post can only come by the stream.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, ""));
        sandbox.postStatusAs("bob", "Live over an Akkoma socket");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, "Live over an Akkoma socket"));
        assertThat(sandbox.streamingAuth()).containsOnly(Sandbox.StreamAuth.PROTOCOL);
        assertThat(home.isLive()).isTrue();
        assertThat(problems).isEmpty();
    }

    // Audit F1: "socket open" alone must not stop the home from updating.
    @Test
    void live_quietStream_homeRefreshedByTheSafetyNet(FxRobot robot) throws Exception {
        AccountHome home = openLiveOnMastodon(robot);
        Sandbox sandbox = fixture.sandbox;
        sandbox.clearRequests();

        for (int tick = 0; tick < PollingPlan.SAFETY_NET_TICKS; tick++) {
            robot.interact(home::tick);
        }

        awaitHomePolled(sandbox);
    }

    // Audit F1: a refused subscription (Pleroma answers one with pleroma:respond) means polling.
    @Test
    void refusedSubscription_notLive_nextTickPollsHome(FxRobot robot) throws Exception {
        AccountHome home = openLiveOnMastodon(robot);
        Sandbox sandbox = fixture.sandbox;

        // Not alice's list: the server refuses to stream it.
        robot.interact(() -> home.showList(new MastodonList("999999", "Someone else's", RepliesPolicy.LIST, false)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !home.isLive());
        sandbox.clearRequests();
        robot.interact(home::tick);
        awaitHomePolled(sandbox);
    }

    // Audit F6: hashtag timelines opened in place are polled when there is no stream.
    @Test
    void noStreaming_tagOpenedInPlace_polledOnTheTick(FxRobot robot) throws Exception {
        AccountHome home = open(SandboxOptions.builder().streaming(false).build());
        Sandbox sandbox = fixture.sandbox;
        robot.interact(() -> home.showTag("woolly"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".tag-pane").tryQuery().isPresent()
                        && !list(robot).getItems().isEmpty());
        sandbox.postStatusAs("bob", "Polled into the tag view #woolly");

        robot.interact(home::tick);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, "Polled into the tag view"));
    }
}
