package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.thread.ThreadRow;
import social.woolly.ui.thread.ThreadView;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/** Issue #4, "Enter open": a post's thread opens in place of the timeline, and Esc comes back to it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThreadUiTest {
    private static final String ROOT = "Does anyone have a favourite wool wash for merino? Mine keeps felting.";
    private static final String MIDDLE = "@carol Cold water and a no-rinse wash. And never, ever wring it!";
    private static final String ANSWER = "@bob @carol Seconded. Roll it in a towel, then dry it flat.";
    private static final String ANSWER_TO_ANSWER = "@alice thank you both, trying it tonight 🧶";
    private static final String OTHER_ANSWER = "@bob does that go for superwash yarn too?";

    private Stage stage;
    private HomeFixture fixture;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Sandbox sandbox = Sandbox.start();
        String root = sandbox.postStatusAs("carol", ROOT);
        String middle = sandbox.replyAs("bob", root, MIDDLE);
        String answer = sandbox.replyAs("alice", middle, ANSWER);
        sandbox.replyAs("carol", answer, ANSWER_TO_ANSWER);
        sandbox.replyAs("erin", middle, OTHER_ANSWER);
        this.stage = stage;
        fixture = new HomeFixture(stage, sandbox, problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<ListView<T>> list(FxRobot robot, String id) {
        return robot.from(stage.getScene().getRoot())
                .lookup("#" + id)
                .tryQuery()
                .filter(Node::isVisible)
                .map(node -> (ListView<T>) node);
    }

    private ListView<TimelineRow> home(FxRobot robot) {
        return this.<TimelineRow>list(robot, TimelineView.LIST_ID).orElseThrow();
    }

    private ListView<ThreadRow> thread(FxRobot robot) {
        return this.<ThreadRow>list(robot, ThreadView.LIST_ID).orElseThrow();
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&#39;", "'");
    }

    private int homeIndexOf(FxRobot robot, String text) {
        return onFx(() -> {
            List<TimelineRow> rows = home(robot).getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof TimelineRow.Post post
                        && plain(post.item().shown().content()).contains(text)) {
                    return i;
                }
            }
            return -1;
        });
    }

    private List<String> threadTexts(FxRobot robot) {
        return onFx(() -> thread(robot).getItems().stream()
                .map(row -> plain(row.item().shown().content()))
                .toList());
    }

    private boolean threadShows(FxRobot robot, int rows) {
        return onFx(() -> list(robot, ThreadView.LIST_ID)
                .map(l -> l.getItems().size() == rows && l.getSelectionModel().getSelectedIndex() >= 0)
                .orElse(false));
    }

    private int selectReplyInHome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> list(robot, TimelineView.LIST_ID).isPresent() && homeIndexOf(robot, MIDDLE) >= 0);
        int index = homeIndexOf(robot, MIDDLE);
        robot.interact(() -> home(robot).requestFocus());
        robot.write("j".repeat(index + 1));
        assertThat(onFx(() -> home(robot).getSelectionModel().getSelectedIndex()))
                .isEqualTo(index);
        return index;
    }

    @Test
    void enterOnAReply_showsItsThread_andEscReturnsToTheSamePost(FxRobot robot) throws Exception {
        int index = selectReplyInHome(robot);
        WaitForAsyncUtils.waitForFxEvents();
        int topBefore = onFx(() -> firstVisible(home(robot)));

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> threadShows(robot, 5));
        assertThat(threadTexts(robot)).containsExactly(ROOT, MIDDLE, ANSWER, ANSWER_TO_ANSWER, OTHER_ANSWER);
        assertThat(onFx(() ->
                        thread(robot).getItems().stream().map(ThreadRow::depth).toList()))
                .containsExactly(0, 0, 1, 2, 1);
        assertThat(onFx(() ->
                        thread(robot).getSelectionModel().getSelectedItem().opened()))
                .isTrue();
        assertThat(robot.from(stage.getScene().getRoot())
                        .lookup(".thread-header .label")
                        .queryLabeled()
                        .getText())
                .isEqualTo(HomeFixture.TEXT.getString("thread.title"));
        snapshot(Path.of("/tmp/thread.png"));

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> list(robot, TimelineView.LIST_ID).isPresent());
        assertThat(list(robot, ThreadView.LIST_ID)).isEmpty();
        assertThat(onFx(() -> home(robot).getSelectionModel().getSelectedIndex()))
                .isEqualTo(index);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> firstVisible(home(robot)))).isEqualTo(topBefore);
        assertThat(onFx(() -> home(robot).isFocused())).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void enterInTheThread_opensTheReplysThread_andBackComesUpStepByStep(FxRobot robot) throws Exception {
        selectReplyInHome(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> threadShows(robot, 5));

        robot.type(KeyCode.J).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> threadShows(robot, 4) && threadTexts(robot).get(2).equals(ANSWER));
        assertThat(threadTexts(robot)).containsExactly(ROOT, MIDDLE, ANSWER, ANSWER_TO_ANSWER);

        robot.clickOn(robot.from(stage.getScene().getRoot())
                .lookup("#" + ThreadView.BACK_ID)
                .queryButton());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> threadShows(robot, 5));
        assertThat(onFx(() -> thread(robot)
                        .getSelectionModel()
                        .getSelectedItem()
                        .item()
                        .shown()
                        .content()))
                .contains("Seconded");

        robot.type(KeyCode.BACK_SPACE);

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> list(robot, TimelineView.LIST_ID).isPresent());
    }

    private static int firstVisible(ListView<?> list) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow == null || flow.getFirstVisibleCell() == null
                ? -1
                : flow.getFirstVisibleCell().getIndex();
    }

    private void snapshot(Path file) throws Exception {
        var image = onFx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        ImageIO.write(image, "png", file.toFile());
    }
}
