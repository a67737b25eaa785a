package social.woolly.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import social.woolly.ui.compose.ComposeView;
import social.woolly.ui.compose.complete.ComposerCompletion;
import social.woolly.ui.timeline.TimelineView;

/**
 * Issue #5's autocomplete and emoji picker in alice's composer against the sandbox. With
 * {@code -Dwoolly.shots=DIR} each test also saves what it shows, popups included, as a PNG.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ComposerCompletionUiTest {
    private final List<String> problems = new ArrayList<>();
    private HomeFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new HomeFixture(stage, Sandbox.start(), problems);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(fixture.home::dispose);
        fixture.close();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TextArea openComposer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> stage.getScene().lookup("#" + TimelineView.LIST_ID)) != null);
        robot.interact(() -> stage.getScene().lookup("#" + TimelineView.LIST_ID).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    Node text = stage.getScene().lookup("#" + ComposeView.TEXT_ID);
                    return text != null && text.isFocused();
                }));
        return (TextArea) fx(() -> stage.getScene().lookup("#" + ComposeView.TEXT_ID));
    }

    /** A node in one of the popups this test's window shows, or null. */
    private Node inPopup(String id) {
        return fx(() -> popupNode(id));
    }

    // On the FX thread only.
    private Node popupNode(String id) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow popup && popup.getOwnerWindow() == stage && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup("#" + id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<String> suggestions() {
        Node list = inPopup(ComposerCompletion.SUGGESTIONS_ID);
        return list == null
                ? List.of()
                : fx(() -> ((ListView<Object>) list)
                        .getItems().stream().map(Object::toString).toList());
    }

    @Test
    void typingAMention_downAndEnter_completesItWithoutANewLine(FxRobot robot) throws Exception {
        TextArea text = openComposer(robot);

        robot.write("Hi @bo");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> suggestions().stream().anyMatch(s -> s.contains("acct=bob")));
        shoot("complete.png");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inPopup(ComposerCompletion.SUGGESTIONS_ID) == null);
        assertThat(fx(() -> text.getText())).isEqualTo("Hi @bob ");
        assertThat(fx(() -> text.getCaretPosition())).isEqualTo(8);
    }

    @Test
    void escWhileSuggesting_closesOnlyThePopup(FxRobot robot) throws Exception {
        TextArea text = openComposer(robot);
        robot.write("Hello :wo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !suggestions().isEmpty());

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inPopup(ComposerCompletion.SUGGESTIONS_ID) == null);
        assertThat(fx(() -> text.getScene() != null)).isTrue();
        assertThat(fx(() -> text.getText())).isEqualTo("Hello :wo");
    }

    @Test
    void clickingACustomEmojiInThePicker_insertsItsShortcodeAtTheCaret(FxRobot robot) throws Exception {
        TextArea text = openComposer(robot);
        robot.write("Nice");
        Button picker = (Button) fx(() -> stage.getScene().lookup("#" + ComposerCompletion.PICKER_ID));

        robot.clickOn(picker);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> loadedEmojiButton(":woolly:") != null);
        shoot("picker.png");
        robot.clickOn(loadedEmojiButton(":woolly:"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> inPopup(ComposerCompletion.PICKER_LIST_ID) == null);
        assertThat(fx(() -> text.getText())).isEqualTo("Nice :woolly: ");
        assertThat(fx(() -> text.getCaretPosition())).isEqualTo(14);
        assertThat(problems).isEmpty();
    }

    /** The picker's button for {@code label}, once its image is shown; null before. */
    private Button loadedEmojiButton(String label) {
        return fx(() -> {
            Node list = popupNode(ComposerCompletion.PICKER_LIST_ID);
            return list == null
                    ? null
                    : list.lookupAll(".compose-emoji-button").stream()
                            .filter(b -> label.equals(b.getAccessibleText()))
                            .map(Button.class::cast)
                            .filter(b -> b.getGraphic() instanceof javafx.scene.image.ImageView view
                                    && view.getImage() != null)
                            .findFirst()
                            .orElse(null);
        });
    }

    /** The window with its popups drawn where they are, to {@code woolly.shots}/name, if that is set. */
    private void shoot(String name) throws Exception {
        String dir = System.getProperty("woolly.shots");
        if (dir == null) {
            return;
        }
        BufferedImage image = fx(() -> {
            BufferedImage base = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            var g = base.createGraphics();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopupWindow popup && popup.getOwnerWindow() == stage && w.isShowing()) {
                    BufferedImage over = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                    g.drawImage(
                            over,
                            (int) (w.getX() - stage.getX() - stage.getScene().getX()),
                            (int) (w.getY() - stage.getY() - stage.getScene().getY()),
                            null);
                }
            }
            g.dispose();
            return base;
        });
        ImageIO.write(image, "png", Path.of(dir, name).toFile());
    }
}
