package social.woolly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import social.woolly.core.log.Logging;
import social.woolly.core.store.AppDirs;
import social.woolly.ui.MainWindow;
import social.woolly.ui.SystemTheme;
import social.woolly.ui.common.UncaughtErrorHandler;
import social.woolly.ui.common.UnexpectedErrorDialog;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.concurrent.FxBackgroundRunner;
import social.woolly.ui.desktop.PlatformFileOpener;
import social.woolly.ui.signin.SignInView;
import social.woolly.ui.signin.SignInViewModel;

/** Composition root: builds every service and view and wires them; holds no logic. */
public final class App extends Application {

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    private @Nullable Path logFolder;
    private @Nullable ExecutorService io;
    private Thread.@Nullable UncaughtExceptionHandler previousHandler;

    @Override
    public void init() {
        // First, so that everything after it, JavaFX's own warnings included, lands in the log.
        AppDirs dirs = AppDirs.forCurrentUser();
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
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle text = ResourceBundle.getBundle("social.woolly.ui.messages");
        ExecutorService executor = FxBackgroundRunner.newIoExecutor();
        io = executor;
        BackgroundRunner runner = new FxBackgroundRunner(executor);

        // Before the window, so that a bug while building it is caught too.
        PlatformFileOpener opener = new PlatformFileOpener(getHostServices(), runner, System.getProperty("os.name"));
        UncaughtErrorHandler errors =
                new UncaughtErrorHandler(runner, new UnexpectedErrorDialog(text, opener, logFolder, () -> stage));
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);

        new SystemTheme(Platform.getPreferences()).apply();
        MainWindow window = new MainWindow(stage, text);
        SignInView signIn = new SignInView(new SignInViewModel(), text);
        window.show(signIn);
        signIn.focusServerField();
    }

    @Override
    public void stop() {
        ExecutorService executor = io;
        if (executor != null) {
            // Interrupts blocking work; results that still arrive are dropped with the FX thread.
            executor.shutdownNow();
        }
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        LOG.log(System.Logger.Level.INFO, "Woolly stopped");
    }
}
