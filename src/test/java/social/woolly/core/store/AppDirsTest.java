package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/ann");
    // Forward slashes, so that the Windows rows resolve the same on every test machine.
    private static final Map<String, String> WINDOWS_ENV =
            Map.of("APPDATA", "C:/Users/ann/AppData/Roaming", "LOCALAPPDATA", "C:/Users/ann/AppData/Local");

    private static final AppDirs LINUX_DEFAULTS = dirs(
            "/home/ann/.config/woolly",
            "/home/ann/.local/share/woolly",
            "/home/ann/.cache/woolly",
            "/home/ann/.local/state/woolly",
            "/home/ann/.local/state/woolly/logs");
    private static final AppDirs SANDBOX = dirs(
            "/srv/sandbox/config",
            "/srv/sandbox/data",
            "/srv/sandbox/cache",
            "/srv/sandbox/state",
            "/srv/sandbox/state/logs");

    static Stream<Arguments> table() {
        return Stream.of(
                row("Linux, no XDG variables: the spec's defaults", "Linux", Map.of(), null, LINUX_DEFAULTS),
                row(
                        "Linux, every XDG variable set",
                        "Linux",
                        Map.of(
                                "XDG_CONFIG_HOME", "/cfg",
                                "XDG_DATA_HOME", "/dat",
                                "XDG_CACHE_HOME", "/tmp/cache",
                                "XDG_STATE_HOME", "/st"),
                        null,
                        dirs("/cfg/woolly", "/dat/woolly", "/tmp/cache/woolly", "/st/woolly", "/st/woolly/logs")),
                row(
                        "Linux, relative and empty XDG variables are invalid and ignored",
                        "Linux",
                        Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_CACHE_HOME", "", "XDG_DATA_HOME", "  "),
                        null,
                        LINUX_DEFAULTS),
                row(
                        "another Unix follows XDG too",
                        "FreeBSD",
                        Map.of("XDG_CONFIG_HOME", "/usr/home/ann/conf"),
                        null,
                        dirs(
                                "/usr/home/ann/conf/woolly",
                                "/home/ann/.local/share/woolly",
                                "/home/ann/.cache/woolly",
                                "/home/ann/.local/state/woolly",
                                "/home/ann/.local/state/woolly/logs")),
                row(
                        "Windows: config roams, the rest stays local",
                        "Windows 11",
                        WINDOWS_ENV,
                        null,
                        dirs(
                                "C:/Users/ann/AppData/Roaming/woolly/config",
                                "C:/Users/ann/AppData/Local/woolly/data",
                                "C:/Users/ann/AppData/Local/woolly/cache",
                                "C:/Users/ann/AppData/Local/woolly/state",
                                "C:/Users/ann/AppData/Local/woolly/logs")),
                row(
                        "Windows without the variables: their defaults under the home folder",
                        "Windows 10",
                        Map.of(),
                        null,
                        dirs(
                                "/home/ann/AppData/Roaming/woolly/config",
                                "/home/ann/AppData/Local/woolly/data",
                                "/home/ann/AppData/Local/woolly/cache",
                                "/home/ann/AppData/Local/woolly/state",
                                "/home/ann/AppData/Local/woolly/logs")),
                row(
                        "macOS: Application Support, Caches and Logs; XDG variables do not apply",
                        "Mac OS X",
                        Map.of("XDG_CONFIG_HOME", "/cfg"),
                        null,
                        dirs(
                                "/home/ann/Library/Application Support/woolly/config",
                                "/home/ann/Library/Application Support/woolly/data",
                                "/home/ann/Library/Caches/woolly",
                                "/home/ann/Library/Application Support/woolly/state",
                                "/home/ann/Library/Logs/woolly")),
                row("woolly.home overrides XDG", "Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/srv/sandbox", SANDBOX),
                row("woolly.home overrides Windows", "Windows 11", WINDOWS_ENV, "/srv/sandbox", SANDBOX),
                row("woolly.home overrides macOS", "Mac OS X", Map.of(), "/srv/sandbox", SANDBOX),
                row("a blank woolly.home is not set", "Linux", Map.of(), " ", LINUX_DEFAULTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void resolve_forPlatform_givesItsFolders(
            String description, String osName, Map<String, String> env, @Nullable String woollyHome, AppDirs expected) {
        assertThat(AppDirs.resolve(osName, env, HOME, woollyHome)).isEqualTo(expected);
    }

    @Test
    void resolve_fromProperties_readsOsNameUserHomeAndWoollyHome() {
        Properties properties = new Properties();
        properties.setProperty("os.name", "Linux");
        properties.setProperty("user.home", "/home/bob");

        assertThat(AppDirs.resolve(Map.of(), properties).config()).isEqualTo(Path.of("/home/bob/.config/woolly"));

        properties.setProperty(AppDirs.HOME_PROPERTY, "/srv/w");
        assertThat(AppDirs.resolve(Map.of(), properties).config()).isEqualTo(Path.of("/srv/w/config"));
    }

    @Test
    void forCurrentUser_underSurefire_staysInTheTestHome() {
        Path testHome = Path.of(System.getProperty(AppDirs.HOME_PROPERTY));

        AppDirs dirs = AppDirs.forCurrentUser();

        assertThat(Stream.of(dirs.config(), dirs.data(), dirs.cache(), dirs.state(), dirs.logs()))
                .allSatisfy(dir -> assertThat(dir).startsWithRaw(testHome));
    }

    private static Arguments row(
            String description, String osName, Map<String, String> env, @Nullable String woollyHome, AppDirs expected) {
        return Arguments.of(description, osName, env, woollyHome, expected);
    }

    private static AppDirs dirs(String config, String data, String cache, String state, String logs) {
        return new AppDirs(Path.of(config), Path.of(data), Path.of(cache), Path.of(state), Path.of(logs));
    }
}
