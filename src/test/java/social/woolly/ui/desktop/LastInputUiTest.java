package social.woolly.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LastInputUiTest {
    private Stage stage;
    private Label label;
    private LastInput last;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        label = new Label("Woolly");
        stage.setScene(new Scene(new StackPane(label), 300, 200));
        stage.show();
        last = LastInput.watch(stage);
    }

    @Test
    void keysClicksAndMoves_count_asInput(FxRobot robot) {
        long before = last.nanos();
        robot.clickOn(label);
        long clicked = last.nanos();
        assertThat(clicked).isGreaterThan(before);

        robot.press(KeyCode.J).release(KeyCode.J);
        assertThat(last.nanos()).isGreaterThan(clicked);

        long typed = last.nanos();
        robot.moveBy(5, 5);
        assertThat(last.nanos()).isGreaterThan(typed);
    }

    @Test
    void enterAndExitMadeUpWhileContentMoves_doNotCount() {
        long before = last.nanos();
        WaitForAsyncUtils.asyncFx(() -> {
            label.fireEvent(mouse(MouseEvent.MOUSE_ENTERED));
            label.fireEvent(mouse(MouseEvent.MOUSE_EXITED));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(last.nanos()).isEqualTo(before);
    }

    private static MouseEvent mouse(EventType<MouseEvent> type) {
        return new MouseEvent(
                type,
                10,
                10,
                10,
                10,
                MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null);
    }
}
