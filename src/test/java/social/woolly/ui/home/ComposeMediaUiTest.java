package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.model.MediaAttachment;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.timeline.TimelineRow;
import social.woolly.ui.timeline.TimelineView;

/**
 * Issue #5 against the sandbox: Ctrl+N, type, paste a picture, describe it and choose its focal
 * point in the editor, Ctrl+Enter; the post appears in home with the attachment and its alt text.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ComposeMediaUiTest {
    private static final String ALT = "A red box";

    private HomeFixture fixture;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new HomeFixture(stage, Sandbox.start(), problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#" + TimelineView.LIST_ID).queryAs(ListView.class);
    }

    private static void copyPicture(FxRobot robot, Color colour) {
        robot.interact(() -> {
            WritableImage picture = new WritableImage(60, 40);
            for (int x = 0; x < 60; x++) {
                for (int y = 0; y < 40; y++) {
                    picture.getPixelWriter().setColor(x, y, colour);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void ctrlN_pasteAPicture_describeIt_ctrlEnter_postsItWithTheAltText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + TimelineView.LIST_ID).tryQuery().isPresent());
        robot.interact(() -> list(robot).requestFocus());
        int before = fixture.sandbox.statusCount();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        Node text = robot.lookup("#" + ComposeView.TEXT_ID).query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, text::isFocused);
        robot.write("Look at this");
        copyPicture(robot, Color.CRIMSON);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".compose-media-tile").tryQuery().isPresent());
        assertThat(onFx(() -> ((TextArea) text).getText())).isEqualTo("Look at this");
        robot.clickOn(".compose-media-alt");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#compose-media-editor").tryQuery().isPresent());
        DialogPane editor = robot.lookup("#compose-media-editor").queryAs(DialogPane.class);
        TextArea description =
                robot.from(editor).lookup("#compose-media-description").queryAs(TextArea.class);
        // A click gives the editor's window the keyboard (a shown window need not have it headless).
        robot.clickOn(description);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, description::isFocused);
        robot.write(ALT);
        Node preview = robot.from(editor).lookup("#compose-media-preview").query();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> ((javafx.scene.image.ImageView) preview).getImage() != null);
        // Near the top-left corner: Mastodon's focus is then left (x < 0) and up (y > 0).
        robot.moveTo(preview, Pos.TOP_LEFT, new Point2D(10, 10), org.testfx.robot.Motion.DIRECT)
                .clickOn(MouseButton.PRIMARY);
        Button done = robot.from(editor)
                .lookup((Button b) -> "Done".equals(b.getText()))
                .queryButton();
        robot.clickOn(done);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#compose-media-editor").tryQuery().isEmpty());

        robot.clickOn(text);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fixture.sandbox.statusCount() == before + 1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> onFx(() -> list(robot).getItems().stream()
                        .anyMatch(r -> r instanceof TimelineRow.Post p
                                && p.item().shown().content().contains("Look at this"))));
        MediaAttachment posted = onFx(() -> list(robot).getItems().stream()
                .flatMap(r -> r instanceof TimelineRow.Post p
                        ? java.util.stream.Stream.of(p)
                        : java.util.stream.Stream.empty())
                .filter(p -> p.item().shown().content().contains("Look at this"))
                .findFirst()
                .orElseThrow()
                .item()
                .shown()
                .mediaAttachments()
                .getFirst());
        assertThat(posted.description()).isEqualTo(ALT);
        assertThat(posted.meta()).isNotNull();
        assertThat(posted.meta().focus()).satisfies(focus -> {
            assertThat(focus).isNotNull();
            assertThat(focus.x()).isLessThan(-0.5);
            assertThat(focus.y()).isGreaterThan(0.5);
        });
        assertThat(robot.lookup(".compose-media-tile").tryQuery()).isEmpty();
        assertThat(problems).isEmpty();
    }
}
