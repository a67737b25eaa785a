package social.woolly.core.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * Secrets in the operating system's keychain through java-keyring: macOS Keychain, Windows
 * Credential Manager, or the freedesktop Secret Service (GNOME Keyring, KWallet) on Linux.
 */
public final class KeyringTokenStore implements TokenStore {
    static final String SERVICE = "Woolly";
    private final Keyring keyring;

    private KeyringTokenStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the keychain and proves it answers with a write, a read and a delete of a probe entry.
     *
     * @throws TokenStoreException when there is no keychain here (e.g. Linux without Secret Service)
     */
    public static KeyringTokenStore open() throws TokenStoreException {
        try {
            KeyringTokenStore store = new KeyringTokenStore(Keyring.create());
            String probe = "probe-" + Long.toHexString(System.nanoTime());
            store.put(probe, "ok");
            boolean answered = store.get(probe).filter("ok"::equals).isPresent();
            store.delete(probe);
            if (!answered) {
                throw new TokenStoreException("keychain did not return what was stored", new IllegalStateException());
            }
            return store;
        } catch (BackendNotSupportedException | RuntimeException e) {
            // dbus-java throws runtime exceptions when no session bus or Secret Service answers.
            throw new TokenStoreException("no keychain available", e);
        }
    }

    @Override
    public void put(String key, String secret) throws TokenStoreException {
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new TokenStoreException("keychain refused to store " + key, e);
        }
    }

    @Override
    public Optional<String> get(String key) throws TokenStoreException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry as an access failure.
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new TokenStoreException("keychain refused to read " + key, e);
        }
    }

    @Override
    public void delete(String key) throws TokenStoreException {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException e) {
            // Already gone: deleting is idempotent.
        } catch (RuntimeException e) {
            throw new TokenStoreException("keychain refused to delete " + key, e);
        }
    }

    @Override
    public Kind kind() {
        return Kind.KEYCHAIN;
    }
}
