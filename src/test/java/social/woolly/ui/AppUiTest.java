package social.woolly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.App;
import social.woolly.core.log.LogFiles;
import social.woolly.core.store.AppDirs;
import social.woolly.ui.signin.SignInView;

/** Starts the whole application headless, as a user would, and looks at its window and log. */
@Tag("ui")
class AppUiTest {

    private static Stage stage;
    private static Application app;

    @BeforeAll
    static void startApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);
    }

    @Test
    void start_showsTheWindowTitledWoolly() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Woolly");
    }

    @Test
    void start_windowHasTheMammothInEverySize() {
        assertThat(stage.getIcons())
                .extracting(image -> (int) image.getWidth())
                .containsExactly(16, 32, 48, 64, 128, 256, 512);
    }

    @Test
    void start_serverFieldHasTheFocus() {
        Node focused = stage.getScene().getFocusOwner();

        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo(SignInView.SERVER_FIELD_ID);
    }

    @Test
    void start_logsToTheTestHomeWithoutWarnings() throws Exception {
        Path log = LogFiles.current(AppDirs.forCurrentUser().logs());

        // CSS lookups that do not resolve, missing resources and the like are logged as warnings.
        assertThat(Files.readAllLines(log))
                .anySatisfy(line -> assertThat(line).contains("Woolly starting"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf(" WARNING ", " SEVERE "));
    }
}
