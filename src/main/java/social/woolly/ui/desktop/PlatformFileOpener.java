package social.woolly.ui.desktop;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.HostServices;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * Opens files and web pages with {@link HostServices#showDocument}, except on Linux and other
 * Unixes, where it runs {@code xdg-open} on a background thread first: JavaFX's own Unix code
 * probes a fixed list of programs with {@code which} on the calling thread and only prints a
 * failure to stderr. If {@code xdg-open} cannot be started at all, it falls back to {@link
 * HostServices} there too.
 */
public final class PlatformFileOpener implements FileOpener, Browser {

    private static final System.Logger LOG = System.getLogger(PlatformFileOpener.class.getName());

    private final HostServices hostServices;
    private final BackgroundRunner runner;
    private final boolean useXdgOpen;

    /** An opener for the operating system named {@code osName} ({@code os.name}). */
    public PlatformFileOpener(HostServices hostServices, BackgroundRunner runner, String osName) {
        this.hostServices = hostServices;
        this.runner = runner;
        String os = osName.toLowerCase(Locale.ROOT);
        this.useXdgOpen = !os.startsWith("windows") && !os.startsWith("mac");
    }

    @Override
    public void open(Path path) {
        openTarget(path.toString(), path.toUri().toString());
    }

    @Override
    public void open(URI page) {
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            LOG.log(System.Logger.Level.WARNING, "not opening a {0} link", scheme);
            return;
        }
        openTarget(page.toString(), page.toString());
    }

    private void openTarget(String argument, String uri) {
        if (!useXdgOpen) {
            hostServices.showDocument(uri);
            return;
        }
        runner.runBlocking(
                () -> xdgOpen(argument),
                exitCode -> {
                    if (exitCode != 0) {
                        LOG.log(System.Logger.Level.WARNING, "xdg-open exited with {0}", exitCode);
                    }
                },
                failure -> {
                    LOG.log(System.Logger.Level.WARNING, "could not run xdg-open", failure);
                    if (failure instanceof IOException) {
                        hostServices.showDocument(uri);
                    }
                });
    }

    private static int xdgOpen(String target) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("xdg-open", target)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // xdg-open hands over to the file manager and returns; don't wait on a hung desktop for ever.
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : 0;
    }
}
