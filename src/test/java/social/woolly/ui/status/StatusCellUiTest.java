package social.woolly.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.model.Status;
import social.woolly.testing.MovableClock;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.media.ImageLoader;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StatusCellUiTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    private final RecordingHandlers handlers = new RecordingHandlers();
    private final SampleStatuses samples = new SampleStatuses(NOW);
    private final StatusItemFactory factory = new StatusItemFactory("https://woolly.test");
    private ListView<StatusItem> list;
    private final MovableClock clock = new MovableClock(NOW);
    private final TimeTicker ticker = new TimeTicker();
    private int cellsMade;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
        StatusViewContext context = new StatusViewContext(
                text,
                new ImageLoader(new SampleImages(), new DirectRunner(), ImageLoader.DEFAULT_BUDGET_BYTES),
                handlers,
                handlers,
                new RelativeTime(clock, text),
                ticker,
                new CountFormat(Locale.ENGLISH),
                null);
        list.setCellFactory(_ -> {
            cellsMade++;
            return new StatusCell(context);
        });
        Scene scene = new Scene(list, 640, 800);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everySample_includingHostileOnes_rendersInACell(FxRobot robot) {
        List<StatusItem> items = show(robot, samples.all());
        List<Double> heights = new ArrayList<>();

        robot.interact(() -> {
            for (StatusItem item : items) {
                list.scrollTo(item);
                list.layout();
                heights.add(viewOf(item).getHeight());
            }
        });

        assertThat(heights)
                .hasSize(items.size())
                .allSatisfy(height -> assertThat(height).isGreaterThan(40));
    }

    @Test
    void contentWarning_showMoreButton_opensAndClosesTheContent(FxRobot robot) {
        StatusItem item = show(robot, List.of(samples.contentWarning())).getFirst();
        Button toggle = robot.lookup(".status-content-warning .button").queryButton();
        Node content = robot.lookup(".status-content").query();
        assertThat(toggle.getText()).isEqualTo("Show more");
        assertThat(content.isVisible()).isFalse();

        robot.clickOn(toggle);

        assertThat(item.contentWarningExpandedProperty().get()).isTrue();
        assertThat(content.isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Show less");
        robot.clickOn(toggle);
        assertThat(content.isVisible()).isFalse();
    }

    @Test
    void clicksOnLinks_goToTheLinkHandler(FxRobot robot) {
        show(robot, List.of(samples.plain()));

        robot.clickOn(linkStartingWith(robot, "example.org"));
        robot.clickOn(linkStartingWith(robot, "#gardening"));
        robot.clickOn(linkStartingWith(robot, "@moss"));

        assertThat(handlers.calls)
                .containsExactly("url " + SampleStatuses.LINK_URL, "tag gardening", "profile moss@lichen.example");
    }

    @Test
    void scrollingThrough500Posts_reusesAFewViews(FxRobot robot) {
        List<StatusItem> items = show(robot, samples.many(500));
        Set<Node> views = Collections.newSetFromMap(new IdentityHashMap<>());
        List<StatusItem> last = new ArrayList<>();

        // Laid out at each step inside one FX task: the cells are reused as in real scrolling, without
        // waiting for a pulse per step.
        robot.interact(() -> {
            for (int i = 0; i < items.size(); i += 25) {
                list.scrollTo(i);
                list.layout();
                views.addAll(list.lookupAll(".status-view"));
            }
            list.scrollTo(495);
            list.layout();
            last.add(viewOf(items.get(498)).item());
        });

        assertThat(last).containsExactly(items.get(498));
        assertThat(cellsMade).isLessThan(40);
        assertThat(views).hasSizeLessThanOrEqualTo(cellsMade);
    }

    @Test
    void favouriteButton_reportsTheClick_andFollowsTheUpdatedItem(FxRobot robot) {
        StatusItem item = show(robot, List.of(samples.plain(false))).getFirst();
        Button favourite = robot.lookup(".status-action-favourite").queryButton();
        assertThat(favourite.getStyleClass()).doesNotContain("status-action-active");

        robot.clickOn(favourite);
        robot.interact(() -> item.setStatus(samples.plain(true)));

        assertThat(handlers.calls).containsExactly("favourite " + item.shown().id());
        assertThat(favourite.getStyleClass()).contains("status-action-active");
        assertThat(favourite.getAccessibleText()).startsWith("Remove favourite");
    }

    @Test
    void sensitiveMedia_isCoveredUntilClicked(FxRobot robot) {
        StatusItem item = show(robot, List.of(samples.sensitiveFourImages())).getFirst();
        Node cover = robot.lookup(".media-sensitive").query();
        assertThat(cover.isVisible()).isTrue();

        robot.clickOn(cover);

        assertThat(item.mediaRevealedProperty().get()).isTrue();
        assertThat(cover.isVisible()).isFalse();
        assertThat(handlers.calls).isEmpty();
    }

    @Test
    void filterWarning_showAnyway_showsThePost(FxRobot robot) {
        show(robot, List.of(samples.filtered()));
        Node post = robot.lookup(".status-main").query();
        assertThat(post.isVisible()).isFalse();

        robot.clickOn("Show anyway");

        assertThat(post.isVisible()).isTrue();
    }

    @Test
    void openPoll_voteSendsTheChoice(FxRobot robot) {
        StatusItem item = show(robot, List.of(samples.openPoll())).getFirst();
        Button vote = robot.lookup(".status-poll-vote").queryButton();
        assertThat(vote.isDisabled()).isTrue();

        robot.clickOn(robot.lookup(".status-poll-choice").nth(1).queryAs(RadioButton.class));
        robot.clickOn(vote);

        assertThat(handlers.calls).containsExactly("vote " + item.shown().id() + " [1]");
    }

    @Test
    void tick_afterTimePassed_updatesTheRelativeTime(FxRobot robot) {
        show(robot, List.of(samples.plain()));
        javafx.scene.control.Label time = robot.lookup(".status-time").queryAs(javafx.scene.control.Label.class);
        assertThat(time.getText()).isEqualTo("4m");

        clock.advance(Duration.ofMinutes(5));
        robot.interact(ticker::tickNow);

        assertThat(time.getText()).isEqualTo("9m");
    }

    private List<StatusItem> show(FxRobot robot, List<Status> statuses) {
        List<StatusItem> items = statuses.stream()
                .map(factory::create)
                .filter(i -> !i.isFilteredOut())
                .toList();
        robot.interact(() -> list.getItems().setAll(items));
        WaitForAsyncUtils.waitForFxEvents();
        return items;
    }

    private StatusView viewOf(StatusItem item) {
        return list.lookupAll(".status-view").stream()
                .map(StatusView.class::cast)
                .filter(view -> view.item() == item)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no view shows " + item));
    }

    private static Text linkStartingWith(FxRobot robot, String start) {
        return robot.lookup(".status-link")
                .<Text>match(node -> node.getText().startsWith(start))
                .queryAs(Text.class);
    }
}
