package social.woolly.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import social.woolly.ui.common.AppStyles;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SignInViewUiTest {

    private final SignInViewModel viewModel = new SignInViewModel();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInView view =
                new SignInView(viewModel, ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH));
        Scene scene = new Scene(view, 800, 600);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.show();
        view.focusServerField();
    }

    @Test
    void serverField_showsTheExampleServerAsPrompt(FxRobot robot) {
        TextField field = robot.lookup("#" + SignInView.SERVER_FIELD_ID).queryAs(TextField.class);

        assertThat(field.getPromptText()).isEqualTo("mastodon.social");
        assertThat(field.isFocused()).isTrue();
    }

    @Test
    void typing_inServerField_updatesTheViewModel(FxRobot robot) {
        robot.write("fosstodon.org");

        assertThat(viewModel.getServer()).isEqualTo("fosstodon.org");
    }

    @Test
    void viewModelServer_whenSet_showsInTheField(FxRobot robot) {
        robot.interact(() -> viewModel.setServer("hachyderm.io"));

        assertThat(robot.lookup("#" + SignInView.SERVER_FIELD_ID)
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo("hachyderm.io");
    }

    @Test
    void signInButton_untilSignInExists_isDisabled(FxRobot robot) {
        robot.write("mastodon.social");

        Button submit = robot.lookup("#" + SignInView.SUBMIT_ID).queryButton();
        assertThat(submit.getText()).isEqualTo("Sign in");
        assertThat(submit.isDisabled()).isTrue();
    }
}
