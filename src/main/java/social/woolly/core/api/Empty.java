package social.woolly.core.api;

/** What a call returns when the server answers with nothing worth reading (e.g. {@code {}}). */
public enum Empty {
    INSTANCE
}
