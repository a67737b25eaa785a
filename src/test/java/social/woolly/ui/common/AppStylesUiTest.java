package social.woolly.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.log.RecordingHandler;

/**
 * app.css maps the Modena colour names ControlsFX looks up to AtlantaFX variables (STACK.md pitfall
 * 2): with it, ControlsFX controls style without a single CSS warning in either theme.
 */
@Tag("ui")
class AppStylesUiTest {

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void controlsFxControls_withAppCss_logNoCssWarnings(boolean dark) throws Exception {
        assertThat(cssWarningsShowingControlsFx(dark ? new PrimerDark() : new PrimerLight(), true))
                .isEmpty();
    }

    // Shows that the check above can fail: the same controls without app.css do warn.
    @ParameterizedTest
    @ValueSource(booleans = {false})
    void controlsFxControls_withoutAppCss_logCssWarnings(boolean dark) throws Exception {
        assertThat(cssWarningsShowingControlsFx(dark ? new PrimerDark() : new PrimerLight(), false))
                .isNotEmpty();
    }

    private static List<LogRecord> cssWarningsShowingControlsFx(Theme theme, boolean withAppCss) throws Exception {
        try (RecordingHandler css = RecordingHandler.attachTo("javafx.css")) {
            WaitForAsyncUtils.asyncFx(() -> {
                        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
                        VBox root = new VBox(
                                new ToggleSwitch("switch"),
                                TextFields.createClearableTextField(),
                                new SegmentedButton(),
                                new Rating(),
                                new CheckComboBox<String>(),
                                new StatusBar(),
                                new NotificationPane(new Label("content")));
                        Scene scene = new Scene(root, 400, 400);
                        if (withAppCss) {
                            scene.getStylesheets().add(AppStyles.APP_CSS);
                        }
                        Stage stage = new Stage();
                        stage.setScene(scene);
                        stage.show();
                        root.applyCss();
                        root.layout();
                        stage.hide();
                    })
                    .get(5, TimeUnit.SECONDS);
            return css.atLeast(Level.WARNING);
        }
    }
}
