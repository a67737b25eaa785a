package social.woolly.core.store;

/** A secret could not be read or written: the keychain refused, or the file is unusable. */
public final class TokenStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
