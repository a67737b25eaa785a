package social.woolly.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.OAuthSignIn;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxBrowser;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.desktop.Browser;
import social.woolly.ui.signin.SignInViewModel.Phase;

/**
 * The sign-in screen's commands against the sandbox server, with the browser played by a robot
 * that signs in (or refuses) as soon as Woolly opens the page.
 */
class SignInViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    private Sandbox sandbox;
    private final List<SignedIn> signedIn = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();
    private Set<String> serversWithAccounts = Set.of();
    private boolean allowInBrowser = true;
    private boolean browserAnswers = true;

    private boolean pastesACode;
    private String pastedAfterTheCode = "";
    private final List<URI> codePages = new ArrayList<>();

    private final Browser robot = page -> {
        opened.add(page);
        if (pastesACode) {
            pasteACode();
            return;
        }
        if (!browserAnswers) {
            return;
        }
        try {
            new SandboxBrowser().authorize(page, Sandbox.USERNAME, Sandbox.PASSWORD, allowInBrowser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private SignInViewModel viewModel;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        OAuthSignIn oauth = new OAuthSignIn(
                new MastodonClient(new OkHttpClient()), new InMemoryTokenStore(), "Woolly", "https://w.example");
        viewModel = new SignInViewModel(
                oauth,
                new DirectRunner(),
                robot,
                new SignInErrors(TEXT, new ErrorMessages(TEXT)),
                () -> serversWithAccounts,
                signedIn::add,
                Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        viewModel.dispose();
        sandbox.close();
    }

    @Test
    void submit_emptyServer_explainsInPlace() {
        viewModel.submit();

        assertThat(viewModel.getPhase()).isEqualTo(Phase.EDITING);
        assertThat(viewModel.errorProperty().get()).contains("Type the address");
        assertThat(viewModel.canSignIn()).isFalse();
    }

    @Test
    void submit_garbage_explainsInPlaceAndKeepsTheText() {
        viewModel.setServer("hello world");

        viewModel.submit();

        assertThat(viewModel.errorProperty().get()).contains("does not look like a server address");
        assertThat(viewModel.getServer()).isEqualTo("hello world");
    }

    @Test
    void submit_httpToARealHost_isRefused() {
        viewModel.setServer("http://mastodon.social");

        viewModel.submit();

        assertThat(viewModel.errorProperty().get()).contains("https");
    }

    @Test
    void submit_server_showsWhatItIsBeforeHandingOff() {
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();

        assertThat(viewModel.getPhase()).isEqualTo(Phase.CONFIRMING);
        assertThat(viewModel.serverTitleProperty().get()).isNotBlank();
        assertThat(viewModel.serverDomainProperty().get()).isEqualTo("127.0.0.1:" + sandbox.port());
        assertThat(opened).isEmpty();
    }

    @Test
    void submitTwice_signsInThroughTheBrowser() {
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();
        viewModel.submit();

        assertThat(opened)
                .singleElement()
                .satisfies(url -> assertThat(url.getPath()).isEqualTo("/oauth/authorize"));
        assertThat(signedIn)
                .singleElement()
                .satisfies(s -> assertThat(s.account().username()).isEqualTo("alice"));
        assertThat(viewModel.getPhase()).isEqualTo(Phase.EDITING);
        assertThat(viewModel.getServer()).isEmpty();
    }

    @Test
    void serverWithAnAccountAlready_forcesTheLoginForm() {
        serversWithAccounts = Set.of("127.0.0.1:" + sandbox.port());
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();
        viewModel.submit();

        assertThat(opened.getFirst().getQuery()).contains("force_login=true");
        assertThat(sandbox.forceLoginSeen()).isTrue();
    }

    @Test
    void deniedInBrowser_showsWhyAndAllowsAnotherTry() {
        allowInBrowser = false;
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();
        viewModel.submit();

        assertThat(signedIn).isEmpty();
        assertThat(viewModel.errorProperty().get()).startsWith("Sign-in was not allowed");
        assertThat(viewModel.getPhase()).isEqualTo(Phase.CONFIRMING);
        assertThat(viewModel.canSignIn()).isTrue();
    }

    @Test
    void browserNeverComesBack_timesOutWithAMessage() {
        browserAnswers = false;
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();
        viewModel.submit();

        assertThat(viewModel.errorProperty().get()).contains("took too long");
        assertThat(viewModel.authorizeUrlProperty().get()).isEmpty();
    }

    /** Plain, and with what snac's page shows after the code ({@code CODE&state=…}). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "&state=abc"})
    void switchingToACode_showsTheOutOfBandPageAndThePastedCodeSignsIn(String afterTheCode) {
        pastesACode = true;
        pastedAfterTheCode = afterTheCode;
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();
        viewModel.submit();

        assertThat(codePages)
                .singleElement()
                .satisfies(page -> assertThat(page.getQuery()).contains("redirect_uri=urn:ietf:wg:oauth:2.0:oob"));
        assertThat(signedIn)
                .singleElement()
                .satisfies(s -> assertThat(s.account().username()).isEqualTo("alice"));
    }

    /** What a person does on the waiting screen: switch to a code, sign in on that page, paste the code. */
    private void pasteACode() {
        viewModel.usingCodeProperty().set(true);
        URI page = URI.create(viewModel.authorizeUrlProperty().get());
        codePages.add(page);
        try {
            viewModel
                    .codeProperty()
                    .set(new SandboxBrowser().authorizeOutOfBand(page, Sandbox.USERNAME, Sandbox.PASSWORD)
                            + pastedAfterTheCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        viewModel.submitCode();
    }

    @Test
    void unreachableServer_saysSoInPlace() throws Exception {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        viewModel.setServer("http://127.0.0.1:" + closedPort);

        viewModel.submit();

        assertThat(viewModel.getPhase()).isEqualTo(Phase.EDITING);
        assertThat(viewModel.errorProperty().get()).contains("could not connect");
    }

    @Test
    void notAMastodonServer_saysSo() {
        sandbox.failNext("/api/v2/instance", 404, "<html>no</html>");
        sandbox.failNext("/api/v1/instance", 404, "<html>no</html>");
        viewModel.setServer(sandbox.baseUrl());

        viewModel.submit();

        assertThat(viewModel.errorProperty().get())
                .contains("does not look like a server that speaks the Mastodon API");
    }

    @Test
    void editingTheServer_afterTheCheck_goesBackToEditing() {
        viewModel.setServer(sandbox.baseUrl());
        viewModel.submit();

        viewModel.setServer("other.example");

        assertThat(viewModel.getPhase()).isEqualTo(Phase.EDITING);
    }
}
