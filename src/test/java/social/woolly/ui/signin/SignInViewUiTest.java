package social.woolly.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.OAuthSignIn;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.FxBackgroundRunner;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SignInViewUiTest {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static Sandbox sandbox;
    private final SignInViewModel viewModel = new SignInViewModel(
            new OAuthSignIn(
                    new MastodonClient(new OkHttpClient()), new InMemoryTokenStore(), "Woolly", "https://w.example"),
            new FxBackgroundRunner(Executors.newVirtualThreadPerTaskExecutor()),
            page -> {},
            new SignInErrors(TEXT, new ErrorMessages(TEXT)),
            Set::of,
            signedIn -> {},
            Duration.ofMinutes(1));

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SignInView view = new SignInView(viewModel, TEXT);
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
    void signInButton_emptyServer_isDisabled(FxRobot robot) {
        Button submit = robot.lookup("#" + SignInView.SUBMIT_ID).queryButton();

        assertThat(submit.getText()).isEqualTo("Sign in");
        assertThat(submit.isDisabled()).isTrue();
    }

    @Test
    void enter_withGarbage_showsTheErrorInPlace(FxRobot robot) {
        robot.write("not a server").type(KeyCode.ENTER);

        Label error = robot.lookup("#" + SignInView.ERROR_ID).queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("does not look like a server address");
    }

    @Test
    void enter_withTheSandbox_showsTheServerAndOffersTheBrowser(FxRobot robot) throws Exception {
        robot.write(sandbox.baseUrl()).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#" + SignInView.SERVER_CARD_ID).query().isVisible());
        assertThat(robot.lookup("#" + SignInView.SUBMIT_ID).queryButton().getText())
                .isEqualTo("Continue in browser");
    }
}
