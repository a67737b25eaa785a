package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

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
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/**
 * A server unlike Mastodon (Akkoma-style ids, no Link headers, no streaming, no v2 endpoints):
 * the home timeline still loads and pages, and Woolly says once that it polls instead.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OtherServersUiTest {
    private final List<String> problems = new ArrayList<>();
    private HomeFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        Sandbox sandbox = Sandbox.start(SandboxOptions.builder()
                .opaqueIds(true)
                .linkHeaders(false)
                .streaming(false)
                .v2Endpoints(false)
                .build());
        fixture = new HomeFixture(stage, sandbox, problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#" + TimelineView.LIST_ID).queryAs(ListView.class);
    }

    @Test
    void home_loadsPagesAndSaysLiveUpdatesAreUnavailable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + TimelineView.LIST_ID).tryQuery().isPresent()
                        && list(robot).getItems().size() >= 20);
        int firstPage = list(robot).getItems().size();
        assertThat(list(robot).getItems().getFirst().key()).doesNotContainPattern("^s:\\d+$");

        robot.interact(() -> list(robot).scrollTo(firstPage - 1));

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> list(robot).getItems().size() > firstPage);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".timeline-notice")
                        .queryLabeled()
                        .getText()
                        .contains("Live updates are not available"));
        assertThat(problems).isEmpty();
    }
}
