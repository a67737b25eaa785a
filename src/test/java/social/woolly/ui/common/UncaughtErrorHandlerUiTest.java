package social.woolly.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.log.RecordingHandler;
import social.woolly.ui.concurrent.FxBackgroundRunner;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorHandlerUiTest {

    private static final Path LOG_FOLDER = Path.of("/var/log/woolly-test");

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final RecordingHandler log = RecordingHandler.attachTo(UncaughtErrorHandler.class.getName());
    private UncaughtErrorHandler handler;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Label("main window"), 640, 480));
        stage.show();
        ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
        // The runner's executor is never used here: the handler only hops onto the FX thread.
        FxBackgroundRunner runner = new FxBackgroundRunner(Runnable::run);
        handler =
                new UncaughtErrorHandler(runner, new UnexpectedErrorDialog(text, opened::add, LOG_FOLDER, () -> stage));
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> dialogs().forEach(Window::hide));
        log.close();
    }

    @Test
    void uncaught_onAnotherThread_logsOnceAndShowsTheDialog() {
        handler.uncaughtException(new Thread("worker"), new IllegalStateException("boom"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs()).hasSize(1);
        DialogPane pane = pane(dialogs().getFirst());
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText).containsExactly("Open log", "Close");
        assertThat(log.atLeast(Level.SEVERE))
                .singleElement()
                .satisfies(r -> assertThat(r.getThrown()).hasMessage("boom"));
    }

    @Test
    void uncaught_whileTheDialogIsOpen_logsButShowsNoSecondDialog() {
        handler.uncaughtException(new Thread("worker"), new IllegalStateException("first"));
        handler.uncaughtException(new Thread("worker"), new IllegalStateException("second"));
        WaitForAsyncUtils.waitForFxEvents();
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("third"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs()).hasSize(1);
        assertThat(log.atLeast(Level.SEVERE)).hasSize(3);
    }

    @Test
    void uncaught_afterTheDialogWasClosed_showsItAgain(FxRobot robot) {
        handler.uncaughtException(new Thread("worker"), new IllegalStateException("first"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> button(pane(dialogs().getFirst()), "Close").fire());
        assertThat(dialogs()).isEmpty();

        handler.uncaughtException(new Thread("worker"), new IllegalStateException("second"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs()).hasSize(1);
    }

    @Test
    void openLog_clicked_opensTheLogFolder(FxRobot robot) {
        handler.uncaughtException(new Thread("worker"), new IllegalStateException("boom"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> button(pane(dialogs().getFirst()), "Open log").fire());

        assertThat(opened).containsExactly(LOG_FOLDER);
    }

    @Test
    void details_secretInTheException_areRedacted() {
        handler.uncaughtException(
                new Thread("worker"), new IllegalStateException("sent Authorization: Bearer s3cr3t-t0ken"));
        WaitForAsyncUtils.waitForFxEvents();

        TextArea details = (TextArea) pane(dialogs().getFirst()).getExpandableContent();
        assertThat(details.getText())
                .contains("IllegalStateException", "Authorization: [redacted]")
                .doesNotContain("s3cr3t");
    }

    private static List<Window> dialogs() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .toList();
    }

    private static DialogPane pane(Window dialog) {
        return (DialogPane) dialog.getScene().getRoot();
    }

    private static Button button(DialogPane pane, String text) {
        ButtonType type = pane.getButtonTypes().stream()
                .filter(t -> t.getText().equals(text))
                .findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(type);
    }
}
