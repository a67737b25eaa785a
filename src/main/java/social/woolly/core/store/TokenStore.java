package social.woolly.core.store;

import java.util.Optional;

/**
 * Where access tokens and client secrets are kept, by key. Calls may block (a keychain talks to
 * another process): never call them on the JavaFX thread.
 *
 * <p>Implementations never log, print or put a secret in an exception message.
 */
public interface TokenStore {

    /** Where secrets end up, so that settings can say it plainly. */
    enum Kind {
        /** The operating system's keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
        KEYCHAIN,
        /** A file only the user can read: used where no keychain answers. */
        FILE,
        /** Memory only: gone when Woolly quits. */
        MEMORY
    }

    void put(String key, String secret) throws TokenStoreException;

    Optional<String> get(String key) throws TokenStoreException;

    /** Removes the secret; removing a missing key is not an error. */
    void delete(String key) throws TokenStoreException;

    Kind kind();
}
