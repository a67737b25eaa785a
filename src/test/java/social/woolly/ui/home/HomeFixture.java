package social.woolly.ui.home;

import atlantafx.base.theme.PrimerLight;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import social.woolly.core.account.AccountSession;
import social.woolly.core.account.AccountStore;
import social.woolly.core.account.Accounts;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.store.InMemoryTokenStore;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.FxBackgroundRunner;
import social.woolly.ui.media.ImageLoader;
import social.woolly.ui.status.CountFormat;
import social.woolly.ui.status.RelativeTime;
import social.woolly.ui.status.TimeTicker;

/** alice's workspace against a sandbox, in a test stage: the real wiring of {@code App}, minus the window. */
final class HomeFixture {
    static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    final Sandbox sandbox;
    final MastodonClient client = new MastodonClient(new OkHttpClient());
    final URI server;
    final String token;
    final AccountHome home;
    final HomeServices services;
    private final Accounts accounts;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    /** @param problems collects what the workspace would tell the person, and sign-outs */
    HomeFixture(Stage stage, Sandbox sandbox, List<String> problems) throws Exception {
        this(stage, sandbox, problems, ComposerOptions.defaults());
    }

    /** @param options "post as" and where the composer opens, for alice's home */
    HomeFixture(Stage stage, Sandbox sandbox, List<String> problems, ComposerOptions options) throws Exception {
        this.sandbox = sandbox;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("woolly-home");
        server = URI.create(sandbox.baseUrl());
        token = sandbox.issueToken("alice");
        accounts = new Accounts(
                new AccountStore(dir, Clock.systemUTC()), new InMemoryTokenStore(), client, dir, Clock.systemUTC());
        var alice = client.api(server, null).accounts().lookup("alice").execute();
        AccountSession session = accounts.add(new SignedIn(server, alice, AccessToken.of(token), ""))
                .active()
                .orElseThrow();
        FxBackgroundRunner runner = new FxBackgroundRunner(Executors.newVirtualThreadPerTaskExecutor());
        services = new HomeServices(
                client,
                runner,
                new ImageLoader(client.images(), runner, ImageLoader.DEFAULT_BUDGET_BYTES),
                page -> {},
                TEXT,
                new ErrorMessages(TEXT),
                new RelativeTime(Clock.systemUTC(), TEXT),
                new TimeTicker(),
                new CountFormat(Locale.ENGLISH),
                scheduler,
                Clock.systemUTC(),
                key -> problems.add("signed out " + key),
                problems::add,
                new SimpleDoubleProperty(0.22),
                new social.woolly.ui.compose.Drafts(dir.resolve("drafts.sqlite"), Clock.systemUTC()));
        home = new AccountHome(session, services, options);
        Scene scene = new Scene((Parent) home.view(), 900, 700);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    /** Signs {@code username} in too (alice stays active) and builds their home, not yet shown. */
    AccountHome homeOf(String username, ComposerOptions options) throws Exception {
        var account = client.api(server, null).accounts().lookup(username).execute();
        String other = sandbox.issueToken(username);
        accounts.add(new SignedIn(server, account, AccessToken.of(other), ""));
        AccountSession session = accounts.load().sessions().stream()
                .filter(s -> s.account().username().equals(username))
                .findFirst()
                .orElseThrow();
        return new AccountHome(session, services, options);
    }

    /** Disposes the workspace (call on the FX thread), then stops the sandbox. */
    void close() {
        scheduler.shutdownNow();
        sandbox.close();
    }
}
