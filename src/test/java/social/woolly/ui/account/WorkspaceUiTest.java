package social.woolly.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
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
import social.woolly.core.account.AccountStore;
import social.woolly.core.account.Accounts;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.OAuthSignIn;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.MainWindow;
import social.woolly.ui.Workspace;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.FxBackgroundRunner;
import social.woolly.ui.signin.SignInErrors;
import social.woolly.ui.signin.SignInView;
import social.woolly.ui.signin.SignInViewModel;

/** Issue #3's account bar: restored accounts, Ctrl+2 switches, a rejected token shows signed out. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static Sandbox sandbox;
    private static Path home;
    private AccountsViewModel accounts;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start();
        home = Files.createTempDirectory("woolly-workspace");
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MastodonClient client = new MastodonClient(new OkHttpClient());
        InMemoryTokenStore secrets = new InMemoryTokenStore();
        Path dir = Files.createTempDirectory(home, "run");
        Accounts store =
                new Accounts(new AccountStore(dir, Clock.systemUTC()), secrets, client, dir, Clock.systemUTC());
        URI server = URI.create(sandbox.baseUrl());
        var api = client.api(server, null);
        store.add(new SignedIn(server, api.accounts().lookup("bob").execute(), AccessToken.of("revoked-token"), ""));
        store.add(new SignedIn(
                server, api.accounts().lookup("alice").execute(), AccessToken.of(sandbox.issueToken("alice")), ""));

        FxBackgroundRunner runner = new FxBackgroundRunner(Executors.newVirtualThreadPerTaskExecutor());
        OAuthSignIn oauth = new OAuthSignIn(client, secrets, "Woolly", "https://w.example");
        SignInViewModel signIn = new SignInViewModel(
                oauth,
                runner,
                page -> {},
                new SignInErrors(TEXT, new ErrorMessages(TEXT)),
                Set::of,
                s -> {},
                java.time.Duration.ofMinutes(1));
        MainWindow window = new MainWindow(stage, TEXT);
        Workspace workspace = new Workspace(
                window,
                TEXT,
                new SignInView(signIn, TEXT),
                () -> signIn.start(""),
                session -> {
                    Label label = new Label(session.account().handle());
                    label.setId("content-" + session.account().username());
                    return label;
                },
                session -> {});
        accounts = new AccountsViewModel(store, runner, workspace, (s, t) -> {}, TEXT);
        workspace.attach(accounts);
        accounts.restore();
    }

    @Test
    void restore_opensTheLastActiveAccount(FxRobot robot) throws Exception {
        // The bar fills as the accounts are restored off the FX thread: wait for both, then check
        // that the last active one is the one shown.
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".account-bar-account").queryAll().size() == 2);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#content-alice").tryQuery().isPresent());

        assertThat(robot.lookup("#content-bob").tryQuery()).isEmpty();
    }

    @Test
    void ctrl2_switchesToTheSecondAccount_andCtrl1Back(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#content-alice").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#content-bob").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#content-alice").tryQuery().isPresent());
        assertThat(accounts.activeKeyProperty().get()).startsWith("alice@");
    }

    @Test
    void restore_tokenTheServerRejects_marksThatAccountSignedOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> accounts.items().stream().anyMatch(i -> i.handle().startsWith("@bob@") && i.signedOut()));

        assertThat(accounts.items())
                .filteredOn(i -> i.handle().startsWith("@alice@"))
                .allMatch(i -> !i.signedOut());
        assertThat(robot.lookup(".account-bar-account.signed-out").queryAll()).hasSize(1);
    }
}
