package social.woolly.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import social.woolly.core.model.Status;
import social.woolly.testing.MovableClock;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.media.CoverImage;
import social.woolly.ui.media.ImageLoader;

/**
 * One view shows post after post (as a list cell does): it reuses its text nodes, and nothing of a
 * post stays behind when the next is shown — no link on plain text, no picture of an earlier post.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StatusViewReuseUiTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    private final SampleStatuses samples = new SampleStatuses(NOW);
    private final StatusItemFactory factory = new StatusItemFactory("https://woolly.test");
    private StatusView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
        RecordingHandlers handlers = new RecordingHandlers();
        MovableClock clock = new MovableClock(NOW);
        view = new StatusView(new StatusViewContext(
                text,
                new ImageLoader(new SampleImages(), new DirectRunner(), ImageLoader.DEFAULT_BUDGET_BYTES),
                handlers,
                handlers,
                new RelativeTime(clock, text),
                new TimeTicker(),
                new CountFormat(Locale.ENGLISH),
                null));
        Scene scene = new Scene(new StackPane(view), 640, 800);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void nextPost_reusesTheTextNodes_andLeavesNoLinkBehind(FxRobot robot) {
        Status linked = samples.plain();
        Status plain = samples.status(
                SampleStatuses.account("9", "moss", "Moss", "https://img.test/avatar/moss.png", ""),
                "<p>Just text here</p>",
                "",
                Duration.ofMinutes(1));
        show(robot, linked);
        Text firstBefore = contentTexts().getFirst();
        assertThat(contentTexts()).anySatisfy(t -> assertThat(t.getStyleClass()).contains("status-link"));

        show(robot, plain);

        List<Text> after = contentTexts();
        assertThat(after.getFirst()).isSameAs(firstBefore);
        assertThat(after).extracting(Text::getText).containsExactly("Just text here");
        assertThat(after).allSatisfy(t -> {
            assertThat(t.getStyleClass()).containsExactly("status-text");
            assertThat(t.getOnMouseClicked()).isNull();
            assertThat(t.getCursor()).isNull();
        });
    }

    @Test
    void postWithoutMedia_afterOneWithPhotos_letsGoOfThePhotos(FxRobot robot) {
        show(robot, samples.movingMedia());
        assertThat(tileImages())
                .anySatisfy(image -> assertThat(image.getWidth()).isGreaterThan(64));

        show(robot, samples.plain());

        // At most the tiny blurhash placeholder stays; the decoded pictures (and, with software
        // rendering, their textures) are free to go.
        assertThat(tileImages())
                .allSatisfy(image -> assertThat(image.getWidth()).isLessThanOrEqualTo(64));
    }

    @Test
    void partsAPostDoesNotHave_leaveTheView_andComeBackInOrder(FxRobot robot) {
        show(robot, samples.movingMedia());
        assertThat(view.lookup(".media-grid")).isNotNull();

        show(robot, samples.plain());
        show(robot, samples.plain(false));

        // Hidden, then out once its pictures were let go: fewer nodes to style when the cell returns.
        assertThat(view.lookup(".media-grid")).isNull();
        show(robot, samples.movingMedia());
        Node grid = view.lookup(".media-grid");
        assertThat(grid).isNotNull();
        assertThat(grid.isVisible()).isTrue();
        List<Node> column = view.lookup(".status-column") instanceof javafx.scene.Parent parent
                ? parent.getChildrenUnmodifiable()
                : List.of();
        assertThat(column.indexOf(grid)).isGreaterThan(column.indexOf(view.lookup(".status-content")));
    }

    private void show(FxRobot robot, Status status) {
        robot.interact(() -> {
            view.bind(factory.create(status));
            view.applyCss();
            view.getScene().getRoot().layout();
        });
        robot.interact(() -> view.getScene().getRoot().layout());
    }

    private List<Text> contentTexts() {
        return view.lookupAll(".status-content .status-paragraph > *").stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .toList();
    }

    private List<Image> tileImages() {
        return view.lookupAll(".media-grid CoverImage").stream()
                .map(node -> ((CoverImage) node).getImage())
                .filter(image -> image != null)
                .toList();
    }
}
