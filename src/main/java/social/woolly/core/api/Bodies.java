package social.woolly.core.api;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads response bodies with a size cap, so a hostile or broken server cannot fill the heap. */
final class Bodies {
    /** Successful bodies: far above any real page (a 40-status page is well under 1 MB). */
    static final long MAX_SUCCESS_BYTES = 32L * 1024 * 1024;
    /** Error bodies: enough for Mastodon's JSON error; proxies' HTML pages are cut. */
    static final long MAX_ERROR_BYTES = 16L * 1024;

    private Bodies() {}

    /** The body's first {@code cap} bytes, and whether there was more. */
    record Capped(byte[] bytes, boolean truncated) {}

    static Capped read(ResponseBody body, long cap) throws IOException {
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= cap) {
            if (source.read(buffer, 8192) == -1) {
                return new Capped(buffer.readByteArray(), false);
            }
        }
        return new Capped(buffer.readByteArray(cap), true);
    }
}
