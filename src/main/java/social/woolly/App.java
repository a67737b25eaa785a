package social.woolly;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import social.woolly.core.account.AccountStore;
import social.woolly.core.account.Accounts;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.OkHttpClients;
import social.woolly.core.auth.OAuthSignIn;
import social.woolly.core.log.Logging;
import social.woolly.core.media.CachingImageFetcher;
import social.woolly.core.media.ImageFetcher;
import social.woolly.core.platform.HeapCeiling;
import social.woolly.core.settings.Preferences;
import social.woolly.core.settings.SettingsStore;
import social.woolly.core.settings.WindowLayout;
import social.woolly.core.store.AppDirs;
import social.woolly.core.store.TokenStore;
import social.woolly.core.store.TokenStores;
import social.woolly.ui.MainWindow;
import social.woolly.ui.SystemTheme;
import social.woolly.ui.Workspace;
import social.woolly.ui.account.AccountsViewModel;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.common.UncaughtErrorHandler;
import social.woolly.ui.common.UnexpectedErrorDialog;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.FxBackgroundRunner;
import social.woolly.ui.desktop.LastInput;
import social.woolly.ui.desktop.PlatformFileOpener;
import social.woolly.ui.home.AccountHome;
import social.woolly.ui.home.ComposerOptions;
import social.woolly.ui.home.HomeServices;
import social.woolly.ui.home.PostAsRouter;
import social.woolly.ui.media.ImageLoader;
import social.woolly.ui.settings.SettingsViewModel;
import social.woolly.ui.settings.SettingsWindow;
import social.woolly.ui.signin.SignInErrors;
import social.woolly.ui.signin.SignInView;
import social.woolly.ui.signin.SignInViewModel;
import social.woolly.ui.status.CountFormat;
import social.woolly.ui.status.RelativeTime;
import social.woolly.ui.status.TimeTicker;

/** Composition root: builds every service and view and wires them; holds no logic. */
public final class App extends Application {

    private static final System.Logger LOG = System.getLogger(App.class.getName());
    private static final String WEBSITE = "https://github.com/woolly-social/woolly";
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(10);
    private static final long IMAGE_DISK_BUDGET = 256L * 1024 * 1024;
    private static final double DEFAULT_NAV_DIVIDER = 0.22;

    private final Clock clock = Clock.systemUTC();
    private final AppDirs dirs = AppDirs.forCurrentUser();
    private final SettingsStore settings = new SettingsStore(dirs.config(), dirs.state(), clock);
    private Preferences preferences = Preferences.defaults();
    private @Nullable WindowLayout layout;
    private @Nullable Stage primaryStage;
    private @Nullable Path logFolder;
    private @Nullable ExecutorService io;
    private @Nullable MainWindow window;
    private @Nullable ScheduledExecutorService scheduler;
    private final java.util.Map<String, AccountHome> homes = new java.util.HashMap<>();
    private final social.woolly.ui.compose.Drafts drafts = new social.woolly.ui.compose.Drafts(
            dirs.data().resolve(social.woolly.core.store.DraftStore.FILE_NAME), clock);
    private final javafx.beans.property.DoubleProperty navDivider =
            new javafx.beans.property.SimpleDoubleProperty(DEFAULT_NAV_DIVIDER);
    private Thread.@Nullable UncaughtExceptionHandler previousHandler;

    @Override
    public void init() {
        // First, so that everything after it, JavaFX's own warnings included, lands in the log.
        try {
            Logging.install(dirs.logs());
            logFolder = dirs.logs();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no log file in " + dirs.logs() + "; logging to the console", e);
        }
        LOG.log(
                System.Logger.Level.INFO,
                "Woolly starting; Java {0}, JavaFX {1}, {2}",
                Runtime.version(),
                System.getProperty("javafx.runtime.version"),
                System.getProperty("os.name"));
        // Read here, on the launcher thread, so the first frame already has the right theme and size.
        try {
            preferences = settings.loadPreferences();
            layout = settings.loadLayout().orElse(null);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read settings; using defaults", e);
        }
    }

    @Override
    public void start(Stage stage) {
        primaryStage = stage;
        ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages");
        ExecutorService executor = FxBackgroundRunner.newIoExecutor();
        io = executor;
        BackgroundRunner runner = new FxBackgroundRunner(executor);
        // Before the window, so that a bug while building it is caught too.
        PlatformFileOpener opener = new PlatformFileOpener(getHostServices(), runner, System.getProperty("os.name"));
        catchUncaught(stage, text, runner, opener);

        SystemTheme theme = new SystemTheme(Platform.getPreferences());
        theme.use(preferences.themeOrDefault());
        theme.apply();
        MainWindow main = new MainWindow(stage, text);
        window = main;
        if (layout != null) {
            main.restore(layout);
            layout.dividers().stream()
                    .findFirst()
                    .filter(d -> d > 0.05 && d < 0.6)
                    .ifPresent(navDivider::set);
        }

        boolean development = OkHttpClients.version().endsWith("-SNAPSHOT");
        MastodonClient client = new MastodonClient(OkHttpClients.create(development), clock);
        TokenStore secrets = TokenStores.lazy(dirs.data().resolve("secrets.properties"));
        SettingsViewModel settingsViewModel = settingsWindow(stage, text, runner, theme, secrets);
        accounts(main, text, runner, opener, client, secrets, settingsViewModel).restore();
        keepHeapSmall(stage);
        stage.addEventHandler(
                javafx.stage.WindowEvent.WINDOW_SHOWN,
                e -> LOG.log(
                        System.Logger.Level.INFO,
                        "window shown {0} ms after the JVM started",
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getUptime()));
        stage.show();
    }

    /** Collections of the old generation's garbage, timed by when the person last used the window. */
    private void keepHeapSmall(Stage stage) {
        ScheduledExecutorService ticking = scheduler;
        if (ticking != null) {
            HeapCeiling.start(ticking, LastInput.watch(stage)::nanos);
        }
    }

    private void catchUncaught(Stage stage, ResourceBundle text, BackgroundRunner runner, PlatformFileOpener opener) {
        UncaughtErrorHandler errors =
                new UncaughtErrorHandler(runner, new UnexpectedErrorDialog(text, opener, logFolder, () -> stage));
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
    }

    /** Preferences applied live, and Ctrl+, opening the Settings window (built on first use). */
    private SettingsViewModel settingsWindow(
            Stage stage, ResourceBundle text, BackgroundRunner runner, SystemTheme theme, TokenStore secrets) {
        SettingsViewModel viewModel = new SettingsViewModel(settings, runner, preferences);
        viewModel.themeProperty().addListener((o, was, now) -> theme.use(now));
        MainWindow.scaleFonts(stage.getScene(), preferences.fontScalePercent());
        viewModel
                .fontScaleProperty()
                .addListener((o, was, now) -> MainWindow.scaleFonts(stage.getScene(), now.intValue()));
        SettingsWindow[] built = new SettingsWindow[1];
        stage.getScene()
                .getAccelerators()
                .put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (built[0] == null) {
                        SettingsWindow settingsWindow = new SettingsWindow(stage, viewModel, text);
                        MainWindow.scaleFonts(
                                settingsWindow.stage().getScene(),
                                viewModel.fontScaleProperty().get());
                        viewModel
                                .fontScaleProperty()
                                .addListener((o, was, now) -> MainWindow.scaleFonts(
                                        settingsWindow.stage().getScene(), now.intValue()));
                        viewModel.describeSecrets(secrets, text);
                        built[0] = settingsWindow;
                    }
                    built[0].show();
                });
        return viewModel;
    }

    /** Sign-in, the account bar and each account's workspace, wired together. */
    private AccountsViewModel accounts(
            MainWindow main,
            ResourceBundle text,
            BackgroundRunner runner,
            PlatformFileOpener opener,
            MastodonClient client,
            TokenStore secrets,
            SettingsViewModel settingsViewModel) {
        OAuthSignIn oauth = new OAuthSignIn(client, secrets, text.getString("app.title"), WEBSITE);
        Accounts accounts =
                new Accounts(new AccountStore(dirs.config(), clock), secrets, client, dirs.data(), dirs.cache(), clock);
        Workspace[] workspace = new Workspace[1];
        AccountsViewModel[] accountsViewModel = new AccountsViewModel[1];
        SignInViewModel signIn = new SignInViewModel(
                oauth,
                runner,
                opener,
                new SignInErrors(text, new ErrorMessages(text)),
                () -> accountsViewModel[0].serversWithAccounts(),
                signedIn -> accountsViewModel[0].add(signedIn),
                SIGN_IN_TIMEOUT);
        HomeServices home = homeServices(
                client,
                runner,
                opener,
                text,
                key -> accountsViewModel[0].markSignedOut(key),
                message -> workspace[0].showProblem(message));
        ComposerOptions[] composerOptions = new ComposerOptions[1];
        workspace[0] = new Workspace(
                main,
                text,
                new SignInView(signIn, text),
                () -> signIn.start(""),
                session -> session.account().signedOut()
                        ? Workspace.placeholder(session, text, () -> {
                            workspace[0].showSignIn(true);
                            signIn.start(session.account().handle().substring(1));
                        })
                        : homes.computeIfAbsent(
                                        session.key(), key -> new AccountHome(session, home, composerOptions[0]))
                                .view(),
                session -> Optional.ofNullable(homes.remove(session.key())).ifPresent(AccountHome::dispose));
        accountsViewModel[0] = new AccountsViewModel(
                accounts,
                runner,
                workspace[0],
                (server, token) -> oauth.revoke(server, authorityOf(server), token),
                text);
        composerOptions[0] = new ComposerOptions(
                new PostAsRouter(
                        accountsViewModel[0].items(),
                        accountsViewModel[0]::switchTo,
                        key -> Optional.ofNullable(homes.get(key))),
                settingsViewModel.composerWindowProperty());
        workspace[0].attach(accountsViewModel[0]);
        return accountsViewModel[0];
    }

    private HomeServices homeServices(
            MastodonClient client,
            BackgroundRunner runner,
            PlatformFileOpener opener,
            ResourceBundle text,
            java.util.function.Consumer<String> signedOut,
            java.util.function.Consumer<String> showProblem) {
        ImageFetcher images = CachingImageFetcher.openingOnFirstUse(
                dirs.cache().resolve("images"), IMAGE_DISK_BUDGET, client.images());
        ImageLoader loader = new ImageLoader(images, runner, ImageLoader.DEFAULT_BUDGET_BYTES);
        // Sharp pictures on a HiDPI screen: decoded at the window's output scale, and again when the
        // window moves to a screen with another scale.
        Stage stage = primaryStage;
        if (stage != null) {
            loader.setPixelScale(stage.getOutputScaleX());
            stage.outputScaleXProperty().addListener((o, was, now) -> loader.setPixelScale(now.doubleValue()));
        }
        TimeTicker ticker = new TimeTicker();
        ticker.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("woolly-scheduler").factory());
        this.scheduler = scheduler;
        return new HomeServices(
                client,
                runner,
                loader,
                opener,
                text,
                new ErrorMessages(text),
                new RelativeTime(clock, text),
                ticker,
                new CountFormat(Locale.getDefault()),
                scheduler,
                clock,
                signedOut,
                showProblem,
                navDivider,
                drafts);
    }

    private static String authorityOf(URI server) {
        return server.getPort() == -1 ? server.getHost() : server.getHost() + ":" + server.getPort();
    }

    @Override
    public void stop() {
        homes.values().forEach(AccountHome::dispose);
        ScheduledExecutorService ticking = scheduler;
        if (ticking != null) {
            ticking.shutdownNow();
        }
        MainWindow main = window;
        ExecutorService executor = io;
        if (main != null && executor != null) {
            WindowLayout now = main.layout(List.of(navDivider.get()));
            // A last small write off the FX thread; waiting briefly is fine, the window is gone.
            var saved = executor.submit(() -> {
                settings.saveLayout(now);
                return null;
            });
            try {
                saved.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not save the window layout", e);
            }
        }
        if (executor != null) {
            // Lets the last cache writes finish, then interrupts what still blocks (a sign-in wait).
            executor.shutdown();
            try {
                executor.awaitTermination(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor.shutdownNow();
        }
        drafts.close();
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        LOG.log(System.Logger.Level.INFO, "Woolly stopped");
    }
}
