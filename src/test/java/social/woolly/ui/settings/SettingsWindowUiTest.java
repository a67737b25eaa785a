package social.woolly.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.settings.Preferences;
import social.woolly.core.settings.SettingsStore;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.ui.concurrent.DirectRunner;

/** Issue #4's Settings window: the theme and text size apply at once and are saved. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SettingsWindowUiTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private SettingsStore store;
    private SettingsViewModel viewModel;
    private SettingsWindow window;

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
    }

    private org.testfx.service.query.NodeQuery find(FxRobot robot, String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query);
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("woolly-settings");
        store = new SettingsStore(dir, dir, Clock.systemUTC());
        viewModel = new SettingsViewModel(store, new DirectRunner(), Preferences.defaults());
        viewModel.describeSecrets(new InMemoryTokenStore(), TEXT);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        window = new SettingsWindow(stage, viewModel, TEXT);
        window.show();
    }

    @Test
    void choosingDark_setsAndSavesTheTheme(FxRobot robot) throws Exception {
        ToggleButton dark = find(robot, "Dark").queryAs(ToggleButton.class);
        robot.interact(dark::fire);

        assertThat(viewModel.themeProperty().get()).isEqualTo(Preferences.Theme.DARK);
        assertThat(store.loadPreferences().themeOrDefault()).isEqualTo(Preferences.Theme.DARK);
    }

    @Test
    void choosingTheSelectedThemeAgain_keepsItSelected(FxRobot robot) {
        ToggleButton system = find(robot, "Follow the system").queryAs(ToggleButton.class);
        robot.interact(system::fire);

        assertThat(system.isSelected()).isTrue();
        assertThat(viewModel.themeProperty().get()).isEqualTo(Preferences.Theme.SYSTEM);
    }

    @Test
    void slider_changesTextSizeInTensAndSavesIt(FxRobot robot) throws Exception {
        Slider slider = find(robot, "#" + SettingsWindow.FONT_SCALE_ID).queryAs(Slider.class);

        robot.interact(() -> slider.setValue(127));

        assertThat(viewModel.fontScaleProperty().get()).isEqualTo(130);
        WaitForAsyncUtils.waitFor(
                2, TimeUnit.SECONDS, () -> store.loadPreferences().fontScalePercent() == 130);
        assertThat(find(robot, ".settings-section .label").queryAll())
                .anySatisfy(n ->
                        assertThat(((javafx.scene.control.Label) n).getText()).isEqualTo("Text size: 130 %"));
    }

    @Test
    void accountsSection_saysWhereSignInsAreKept(FxRobot robot) {
        assertThat(viewModel.secretsLocationProperty().get()).contains("memory only");
    }
}
