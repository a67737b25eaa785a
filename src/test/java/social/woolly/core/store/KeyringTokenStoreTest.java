package social.woolly.core.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KeyringTokenStore} and {@link TokenStores#open} against a real Secret Service. The
 * {@link KeyringTest} tests need one and run only with {@code WOOLLY_KEYRING_TEST=1}, which {@code
 * .ci/with-keyring} sets after starting a private session bus with an unlocked GNOME Keyring; without
 * it they are skipped, so a machine without a keyring still builds. The fallback test needs no
 * keyring and always runs.
 */
class KeyringTokenStoreTest {
    /** Characters that trip up encodings, properties files and shell quoting. */
    private static final String ODD_SECRET = "tök€n=/+ \"q\" 'a' \\n\\ ;#!:= \t\n\r🦣 " + "x".repeat(300);

    /** A keychain test: runs only where {@code .ci/with-keyring} has started a keyring. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Test
    @EnabledIfEnvironmentVariable(
            named = "WOOLLY_KEYRING_TEST",
            matches = "1",
            disabledReason = "no keyring here: run through .ci/with-keyring")
    @interface KeyringTest {}

    @TempDir
    Path dir;

    private final List<String> usedKeys = new ArrayList<>();
    private @Nullable TokenStore opened;

    @AfterEach
    void removeUsedKeys() throws TokenStoreException {
        // The keyring outlives the test: leave nothing of ours in it.
        TokenStore store = opened;
        if (store != null) {
            for (String key : usedKeys) {
                store.delete(key);
            }
        }
    }

    @KeyringTest
    void put_thenGet_returnsOddSecret_alsoThroughAFreshConnection() throws Exception {
        String key = newKey("token:alice@mästodon.example/ü");

        keyring().put(key, ODD_SECRET);

        assertThat(keyring().get(key)).contains(ODD_SECRET);
        assertThat(KeyringTokenStore.open().get(key)).contains(ODD_SECRET);
    }

    @KeyringTest
    void put_existingKey_replacesSecret() throws Exception {
        String key = newKey("token:bob@host");
        keyring().put(key, "first");

        keyring().put(key, "second");

        assertThat(keyring().get(key)).contains("second");
    }

    @KeyringTest
    void get_missingKey_isEmpty() throws Exception {
        assertThat(keyring().get(newKey("never-stored"))).isEmpty();
    }

    @KeyringTest
    void delete_twice_removesSecretAndSecondDeleteIsFine() throws Exception {
        String key = newKey("token:carol@host");
        keyring().put(key, ODD_SECRET);

        keyring().delete(key);

        assertThat(keyring().get(key)).isEmpty();
        assertThatCode(() -> keyring().delete(key)).doesNotThrowAnyException();
        assertThat(keyring().get(key)).isEmpty();
    }

    @KeyringTest
    void delete_removesOnlyThatKey() throws Exception {
        String gone = newKey("token:a");
        String kept = newKey("token:b");
        keyring().put(gone, "1");
        keyring().put(kept, "2");

        keyring().delete(gone);

        assertThat(keyring().get(gone)).isEmpty();
        assertThat(keyring().get(kept)).contains("2");
    }

    @KeyringTest
    void open_withKeychain_picksKeychain_andWritesNoFile() throws Exception {
        Path fallback = dir.resolve("data/secrets.properties");
        String key = newKey("token:erin@host");
        // Searched for as is: a file would escape the odd characters but not this part.
        String marker = UUID.randomUUID().toString();
        String secret = ODD_SECRET + marker;

        TokenStore store = TokenStores.open(fallback);
        opened = store;
        store.put(key, secret);

        assertThat(store.kind()).isEqualTo(TokenStore.Kind.KEYCHAIN);
        assertThat(TokenStores.open(fallback).get(key)).contains(secret);
        assertThat(fallback).doesNotExist();
        assertThat(filesContaining(dir, marker)).isEmpty();
    }

    @KeyringTest
    void put_storesInSecretService_whereSecretToolFindsIt() throws Exception {
        // libsecret's own client reads what java-keyring wrote (attributes service and account): the
        // secret really is in the Secret Service, not somewhere in this JVM.
        String key = newKey("token:dave@host");
        String secret = "vis-à-vis/" + UUID.randomUUID();
        keyring().put(key, secret);

        Process lookup = new ProcessBuilder(
                        "secret-tool", "lookup", "service", KeyringTokenStore.SERVICE, "account", key)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean ended = lookup.waitFor(10, TimeUnit.SECONDS);
        String found = new String(lookup.getInputStream().readAllBytes(), UTF_8);

        assertThat(ended).as("secret-tool ended").isTrue();
        assertThat(lookup.exitValue()).isZero();
        assertThat(found.strip()).isEqualTo(secret);
    }

    @Test
    void open_whenSessionBusIsDead_fallsBackToFile() throws Exception {
        // DBUS_SESSION_BUS_ADDRESS cannot be changed inside a running JVM: ask a child JVM whose bus
        // address names a socket nobody listens on.
        Path fallback = dir.resolve("secrets.properties");
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PrintStoreKind.class.getName(),
                        fallback.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        child.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus-here"));
        child.environment().remove("DISPLAY");
        child.environment().remove("WOOLLY_KEYRING_TEST");

        Process process = child.start();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }

        assertThat(ended).as("child JVM ended").isTrue();
        assertThat(Files.readString(out).strip())
                .as("child's answer; its stderr: %s", Files.readString(err))
                .isEqualTo("FILE");
        assertThat(fallback).as("opening alone writes no file").doesNotExist();
    }

    /** The child JVM of {@link #open_whenSessionBusIsDead_fallsBackToFile}: prints the store's kind. */
    static final class PrintStoreKind {
        private PrintStoreKind() {}

        public static void main(String[] args) {
            System.out.println(TokenStores.open(Path.of(args[0])).kind());
            // A keychain that did answer would leave D-Bus threads running: end here regardless.
            System.exit(0);
        }
    }

    private TokenStore keyring() throws TokenStoreException {
        TokenStore store = opened;
        if (store == null) {
            store = KeyringTokenStore.open();
            opened = store;
        }
        return store;
    }

    /** A key no other run uses, removed from the keyring after the test. */
    private String newKey(String name) {
        String key = name + "#woolly-test-" + UUID.randomUUID();
        usedKeys.add(key);
        return key;
    }

    private static List<Path> filesContaining(Path folder, String secret) throws IOException {
        byte[] needle = secret.getBytes(UTF_8);
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> found = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(path), needle)) {
                    found.add(path);
                }
            }
            return found;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
