package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.api.AccessToken;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/**
 * Issue #4 against the sandbox: the home timeline shows the seeded posts, j/k move, a post that
 * arrives by streaming raises the "new posts" pill and leaves the post being read where it was.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccountHomeUiTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    private Sandbox sandbox;
    private AccountHome home;
    private HomeFixture fixture;
    private final List<String> problems = new ArrayList<>();

    private static final String MARKED_POST_TEXT = "Marked as read up to here";

    @Start
    void start(Stage stage) throws Exception {
        Sandbox started = Sandbox.start();
        // Where alice stopped reading last time, on another device: twelve posts further down.
        String marked = started.postStatusAs("bob", MARKED_POST_TEXT);
        for (int i = 0; i < 12; i++) {
            started.postStatusAs("carol", "Newer post " + i);
        }
        fixture = new HomeFixture(stage, started, problems);
        sandbox = fixture.sandbox;
        home = fixture.home;
        fixture.client
                .api(fixture.server, AccessToken.of(fixture.token))
                .markers()
                .save(marked, null)
                .execute();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(home::dispose);
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#" + TimelineView.LIST_ID).queryAs(ListView.class);
    }

    /** The index of the first row on screen, read on the FX thread (the flow changes under layout). */
    private static int firstVisible(ListView<TimelineRow> list) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
                        return flow == null || flow.getFirstVisibleCell() == null
                                ? -1
                                : flow.getFirstVisibleCell().getIndex();
                    })
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The key of the row at the top of the viewport, or "" while the list has no cells. */
    private static String keyAtTop(ListView<TimelineRow> list) {
        int index = firstVisible(list);
        return index < 0 || index >= list.getItems().size()
                ? ""
                : list.getItems().get(index).key();
    }

    private void awaitPosts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + TimelineView.LIST_ID).tryQuery().isPresent()
                        && list(robot).getItems().size() >= 20);
    }

    @Test
    void home_showsTheSeededPosts(FxRobot robot) throws Exception {
        awaitPosts(robot);

        assertThat(list(robot).getItems()).first().isInstanceOf(TimelineRow.Post.class);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> !robot.lookup(".timeline-cell").queryAll().isEmpty());
        assertThat(problems).isEmpty();
    }

    @Test
    void home_opensAtTheServersReadMarker(FxRobot robot) throws Exception {
        awaitPosts(robot);
        ListView<TimelineRow> list = list(robot);

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> firstVisible(list) > 0
                        && list.getItems().get(Math.max(0, firstVisible(list))) instanceof TimelineRow.Post post
                        && post.item().shown().content().contains(MARKED_POST_TEXT));
    }

    @Test
    void gThenL_opensTheLocalTimeline(FxRobot robot) throws Exception {
        awaitPosts(robot);
        robot.interact(() -> list(robot).requestFocus());

        robot.write("gl");

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nav-local")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected());
    }

    @Test
    void hashtag_opensItsTimelineInWoolly(FxRobot robot) throws Exception {
        awaitPosts(robot);

        robot.interact(() -> home.showTag("woolly"));

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".tag-pane").tryQuery().isPresent()
                        && !list(robot).getItems().isEmpty());
        assertThat(robot.lookup("#woolly").tryQuery()).isEmpty();
        assertThat(robot.lookup(".tag-header .label").queryLabeled().getText()).isEqualTo("#woolly");

        // Live: a new #woolly post arrives in the open tag view by the hashtag stream.
        assertThat(sandbox.awaitStreamSubscribers(1, java.time.Duration.ofSeconds(10), "hashtag", "woolly"))
                .isTrue();
        sandbox.postStatusAs("bob", "Streaming into the tag view #woolly");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> list(robot).getItems().stream()
                        .anyMatch(r -> r instanceof TimelineRow.Post p
                                && p.item().shown().content().contains("Streaming into the tag view")));
    }

    @Test
    void ctrlN_typeAndCtrlEnter_postsAndThePostAppearsInHome(FxRobot robot) throws Exception {
        awaitPosts(robot);
        robot.interact(() -> list(robot).requestFocus());
        int before = sandbox.statusCount();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + ComposeView.TEXT_ID)
                        .tryQuery()
                        .map(javafx.scene.Node::isFocused)
                        .orElse(false));
        robot.write("Written in Woolly");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.statusCount() == before + 1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> list(robot).getItems().stream()
                        .anyMatch(r -> r instanceof TimelineRow.Post p
                                && p.item().shown().content().contains("Written in Woolly")));
        assertThat(robot.lookup("#" + ComposeView.TEXT_ID)
                        .queryTextInputControl()
                        .getText())
                .isEmpty();
    }

    @Test
    void newPostButton_opensTheComposerWithTheCursorInIt(FxRobot robot) throws Exception {
        awaitPosts(robot);

        robot.interact(() -> robot.lookup("#nav-new-post").queryButton().fire());

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + ComposeView.TEXT_ID)
                        .tryQuery()
                        .map(javafx.scene.Node::isFocused)
                        .orElse(false));
    }

    @Test
    void jAndK_moveThroughPosts(FxRobot robot) throws Exception {
        awaitPosts(robot);
        robot.interact(() -> list(robot).requestFocus());

        robot.write("jjjk");

        assertThat(list(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    @Test
    void streamedPost_raisesThePill_andKeepsTheReadingPosition(FxRobot robot) throws Exception {
        awaitPosts(robot);
        ListView<TimelineRow> list = list(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            robot.interact(() -> list.scrollTo(6));
            return firstVisible(list) == 6;
        });
        String reading = list.getItems().get(6).key();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.openStreams() > 0);
        sandbox.awaitStreamSubscribers(1, java.time.Duration.ofSeconds(5), "user");
        Map<String, Node> shownBefore =
                WaitForAsyncUtils.asyncFx(() -> shownPosts(list)).get();

        sandbox.postStatusAs("bob", "Live from the sandbox: hello @alice");

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + TimelineView.PILL_ID).queryButton().isVisible());
        assertThat(robot.lookup("#" + TimelineView.PILL_ID).queryButton().getText())
                .isEqualTo("1 new post");
        // Within a frame or two, the post being read is back at the top of the viewport.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> keyAtTop(list).equals(reading));
        assertThat(list.getItems().stream().map(TimelineRow::key).toList().indexOf(reading))
                .isEqualTo(7);
        assertThat(list.getItems().get(0))
                .isInstanceOfSatisfying(
                        TimelineRow.Post.class,
                        post -> assertThat(post.item().shown().content()).contains("Live from the sandbox"));
        // Each post still on screen is drawn by the same view as before: cells followed their posts
        // to the new indices instead of being bound again to the post that moved into their index.
        Map<String, Node> shownAfter =
                WaitForAsyncUtils.asyncFx(() -> shownPosts(list)).get();
        assertThat(shownAfter.keySet()).contains(reading);
        shownAfter.forEach((key, view) -> {
            if (shownBefore.containsKey(key)) {
                assertThat(view).as(key).isSameAs(shownBefore.get(key));
            }
        });
    }

    /** The post views on screen, by row key. FX thread. */
    @SuppressWarnings("unchecked")
    private static Map<String, Node> shownPosts(ListView<TimelineRow> list) {
        Map<String, Node> shown = new HashMap<>();
        for (Node node : list.lookupAll(".timeline-cell")) {
            if (node instanceof ListCell<?> cell
                    && cell.isVisible()
                    && !cell.isEmpty()
                    && cell.getItem() instanceof TimelineRow.Post post
                    && cell.getGraphic() != null) {
                shown.put(post.key(), cell.getGraphic());
            }
        }
        return shown;
    }

    @Test
    void pill_click_scrollsToTheTop(FxRobot robot) throws Exception {
        awaitPosts(robot);
        ListView<TimelineRow> list = list(robot);
        robot.interact(() -> list.scrollTo(6));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.openStreams() > 0);
        sandbox.awaitStreamSubscribers(1, java.time.Duration.ofSeconds(5), "user");
        sandbox.postStatusAs("carol", "Another one");
        Button pill = robot.lookup("#" + TimelineView.PILL_ID).queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, pill::isVisible);

        robot.interact(pill::fire);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> firstVisible(list) == 0);
        assertThat(pill.isVisible()).isFalse();
    }
}
