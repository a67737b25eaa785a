package social.woolly.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Reads recorded API JSON from {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {}

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static <T> T decode(String path, Class<T> type) throws ApiException.BadResponse {
        return Json.read(bytes(path), type);
    }

    public static <T> T decode(String path, Type type) throws ApiException.BadResponse {
        return Json.read(bytes(path), type);
    }
}
