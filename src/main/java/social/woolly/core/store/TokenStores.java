package social.woolly.core.store;

import java.nio.file.Path;

/** Picks where secrets go on this machine: the keychain when one answers, else a private file. */
public final class TokenStores {
    private TokenStores() {}

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
