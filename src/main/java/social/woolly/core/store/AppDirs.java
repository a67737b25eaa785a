package social.woolly.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The per-user folders Woolly keeps its files in, following each desktop's convention.
 *
 * <ul>
 *   <li>Linux and other Unixes: the XDG base directories ({@code $XDG_CONFIG_HOME}, {@code
 *       $XDG_DATA_HOME}, {@code $XDG_CACHE_HOME}, {@code $XDG_STATE_HOME}, defaulting to {@code
 *       ~/.config}, {@code ~/.local/share}, {@code ~/.cache}, {@code ~/.local/state}), each with a
 *       {@code woolly} subfolder; logs in {@code state/logs}.
 *   <li>Windows: settings roam in {@code %APPDATA%\woolly\config}; data, cache, state and logs stay
 *       on this machine under {@code %LOCALAPPDATA%\woolly}.
 *   <li>macOS: {@code ~/Library/Application Support/woolly/{config,data,state}}, {@code
 *       ~/Library/Caches/woolly} and {@code ~/Library/Logs/woolly}.
 * </ul>
 *
 * <p>The system property {@value #HOME_PROPERTY}, when set, overrides all of them with one root
 * holding {@code config/}, {@code data/}, {@code cache/} and {@code state/}; tests and the sandbox
 * use it so that they never touch the real home folder.
 *
 * <p>Resolving is a pure function of its inputs and creates nothing on disk; whoever writes into a
 * folder creates it.
 *
 * @param config settings and accounts; small, worth backing up
 * @param data things Woolly made that are worth keeping (drafts)
 * @param cache things that can be fetched again (timelines, media)
 * @param state things that outlive a run but are not worth backing up
 * @param logs the log files
 */
public record AppDirs(Path config, Path data, Path cache, Path state, Path logs) {

    /** The system property that puts every folder under one root. */
    public static final String HOME_PROPERTY = "woolly.home";

    private static final String APP = "woolly";

    /** The folders for the user running this JVM. */
    public static AppDirs forCurrentUser() {
        return resolve(System.getenv(), System.getProperties());
    }

    /**
     * The folders for the given environment and system properties; reads {@code os.name}, {@code
     * user.home} and {@value #HOME_PROPERTY} from {@code properties}.
     */
    public static AppDirs resolve(Map<String, String> env, Properties properties) {
        return resolve(
                properties.getProperty("os.name", ""),
                env,
                Path.of(properties.getProperty("user.home", "")),
                properties.getProperty(HOME_PROPERTY));
    }

    /** The folders for the given operating system name, environment, home folder and override. */
    public static AppDirs resolve(String osName, Map<String, String> env, Path userHome, @Nullable String woollyHome) {
        if (woollyHome != null && !woollyHome.isBlank()) {
            return underOneRoot(Path.of(woollyHome));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windows(env, userHome);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return macOs(userHome);
        }
        return xdg(env, userHome);
    }

    private static AppDirs underOneRoot(Path root) {
        Path state = root.resolve("state");
        return new AppDirs(
                root.resolve("config"), root.resolve("data"), root.resolve("cache"), state, state.resolve("logs"));
    }

    private static AppDirs xdg(Map<String, String> env, Path home) {
        Path state =
                xdgBase(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve(APP);
        return new AppDirs(
                xdgBase(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                xdgBase(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP),
                xdgBase(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP),
                state,
                state.resolve("logs"));
    }

    // The XDG spec: "If an implementation encounters a relative path in any of these variables it
    // should consider the path invalid and ignore it." The same goes for an empty one.
    private static Path xdgBase(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    private static AppDirs windows(Map<String, String> env, Path home) {
        Path roaming = windowsBase(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
        Path local = windowsBase(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                .resolve(APP);
        return new AppDirs(
                roaming.resolve(APP).resolve("config"),
                local.resolve("data"),
                local.resolve("cache"),
                local.resolve("state"),
                local.resolve("logs"));
    }

    private static Path windowsBase(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static AppDirs macOs(Path home) {
        Path library = home.resolve("Library");
        Path support = library.resolve("Application Support").resolve(APP);
        return new AppDirs(
                support.resolve("config"),
                support.resolve("data"),
                library.resolve("Caches").resolve(APP),
                support.resolve("state"),
                library.resolve("Logs").resolve(APP));
    }
}
