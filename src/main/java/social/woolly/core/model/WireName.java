package social.woolly.core.model;

/**
 * An enum whose constants travel as strings in the Mastodon API. Decoding maps each string to the
 * constant with that {@link #wireName()}; a string no constant knows becomes the constant named
 * {@code UNKNOWN}, so a server that adds a value never breaks a client that does not know it yet.
 */
public interface WireName {

    /** The exact string the API uses for this constant, e.g. {@code "admin.sign_up"}. */
    String wireName();
}
