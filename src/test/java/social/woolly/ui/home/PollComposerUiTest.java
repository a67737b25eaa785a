package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.poll.PollView;
import social.woolly.ui.compose.schedule.ScheduleView;
import social.woolly.ui.timeline.TimelineView;

/** Issue #5's poll and schedule in the real composer against the sandbox, by keyboard and mouse. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PollComposerUiTest {
    /** Where the look of the composer with a poll and a schedule is saved, to be looked at. */
    private static final Path SHOT = Path.of(System.getProperty("java.io.tmpdir"), "poll-composer.png");

    private HomeFixture fixture;
    private Sandbox sandbox;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new HomeFixture(stage, Sandbox.start(), problems);
        sandbox = fixture.sandbox;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private void openComposer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + TimelineView.LIST_ID).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#" + TimelineView.LIST_ID).query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + ComposeView.TEXT_ID)
                        .tryQuery()
                        .map(Node::isFocused)
                        .orElse(false));
    }

    /** Types a question and three choices: the third by Enter in the last one. */
    private void writePoll(FxRobot robot) {
        robot.write("Tea or coffee?");
        robot.clickOn("#" + PollView.TOGGLE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Tea")
                .type(KeyCode.ENTER)
                .write("Coffee")
                .type(KeyCode.ENTER)
                .write("Water");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Status newestOfAlice() throws Exception {
        var api = fixture.client.api(fixture.server, AccessToken.of(fixture.token));
        return api.accounts()
                .statuses(sandbox.accountId("alice"), PageCursor.newest())
                .execute()
                .items()
                .getFirst();
    }

    @Test
    void poll_withThreeChoices_ctrlEnter_postsThePoll(FxRobot robot) throws Exception {
        openComposer(robot);
        int before = sandbox.statusCount();

        writePoll(robot);
        assertThat(robot.lookup("." + PollView.OPTION_STYLE).queryAll()).hasSize(3);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.statusCount() == before + 1);
        Status posted = newestOfAlice();
        assertThat(posted.content()).contains("Tea or coffee?");
        assertThat(posted.poll()).isNotNull();
        assertThat(posted.poll().options()).extracting(o -> o.title()).containsExactly("Tea", "Coffee", "Water");
        assertThat(problems).isEmpty();
    }

    @Test
    void schedule_withAPoll_showsTheChip_andSchedules(FxRobot robot) throws Exception {
        openComposer(robot);
        writePoll(robot);

        robot.clickOn("#" + ScheduleView.BUTTON_ID);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#schedule-time").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + ScheduleView.CHIP_ID)
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false));
        Button post = robot.lookup("#" + ComposeView.POST_ID).queryButton();
        assertThat(post.getText()).isEqualTo("Schedule");

        Node composer = robot.lookup(".compose").query();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> composer.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOT.toFile());

        robot.clickOn("#" + ComposeView.TEXT_ID);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.scheduledStatusCount() == 1);
        assertThat(SHOT).isNotEmptyFile();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> post.getText().equals("Post"));
    }
}
