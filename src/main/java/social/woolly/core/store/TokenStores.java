package social.woolly.core.store;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Picks where secrets go on this machine: the keychain when one answers, else a private file. */
public final class TokenStores {
    private TokenStores() {}

    /**
     * A store that picks its backing ({@link #open(Path)}) on first use, so that starting Woolly
     * never waits for the keychain: the first call happens on a background thread.
     */
    public static TokenStore lazy(Path fallbackFile) {
        return new TokenStore() {
            private @Nullable TokenStore opened;

            private synchronized TokenStore delegate() {
                TokenStore store = opened;
                if (store == null) {
                    store = open(fallbackFile);
                    opened = store;
                }
                return store;
            }

            @Override
            public void put(String key, String secret) throws TokenStoreException {
                delegate().put(key, secret);
            }

            @Override
            public Optional<String> get(String key) throws TokenStoreException {
                return delegate().get(key);
            }

            @Override
            public void delete(String key) throws TokenStoreException {
                delegate().delete(key);
            }

            @Override
            public Kind kind() {
                return delegate().kind();
            }
        };
    }

    /**
     * Opens the keychain, or falls back to {@code fallbackFile} (0600) when none answers. Blocks
     * (it probes the keychain): call it off the JavaFX thread.
     */
    public static TokenStore open(Path fallbackFile) {
        try {
            return KeyringTokenStore.open();
        } catch (TokenStoreException e) {
            return new FileTokenStore(fallbackFile);
        }
    }
}
