package social.woolly.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/** What a handler answers: status, headers and body, or a WebSocket upgrade. */
final class SandboxReply {
    static final String JSON = "application/json; charset=utf-8";

    private static final Gson GSON =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    final int code;
    final Headers.Builder headers = new Headers.Builder();
    final byte[] body;
    final @Nullable String errorMessage;
    final @Nullable WebSocketListener upgrade;

    private SandboxReply(
            int code,
            @Nullable String contentType,
            byte[] body,
            @Nullable String errorMessage,
            @Nullable WebSocketListener upgrade) {
        this.code = code;
        this.body = body;
        this.errorMessage = errorMessage;
        this.upgrade = upgrade;
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
    }

    static SandboxReply json(JsonElement element) {
        return json(200, element);
    }

    static SandboxReply json(int code, JsonElement element) {
        return new SandboxReply(code, JSON, utf8(toJson(element)), null, null);
    }

    /** Mastodon's error shape, {@code {"error": "..."}}. */
    static SandboxReply error(int code, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("error", message);
        return new SandboxReply(code, JSON, utf8(toJson(body)), message, null);
    }

    /** Doorkeeper's error shape, with {@code error_description}. */
    static SandboxReply oauthError(int code, String error, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", description);
        return new SandboxReply(code, JSON, utf8(toJson(body)), error, null);
    }

    static SandboxReply notFound() {
        return error(404, "Record not found");
    }

    static SandboxReply html(int code, String html) {
        return new SandboxReply(code, "text/html; charset=utf-8", utf8(html), null, null);
    }

    static SandboxReply text(int code, String text) {
        return new SandboxReply(code, "text/plain; charset=utf-8", utf8(text), null, null);
    }

    static SandboxReply bytes(String contentType, byte[] body) {
        return new SandboxReply(200, contentType, body, null, null);
    }

    static SandboxReply redirect(String location) {
        return new SandboxReply(
                        302,
                        "text/html; charset=utf-8",
                        utf8("<html><body>You are being redirected.</body></html>"),
                        null,
                        null)
                .header("Location", location);
    }

    static SandboxReply upgrade(WebSocketListener listener) {
        return new SandboxReply(101, null, new byte[0], null, listener);
    }

    SandboxReply header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    boolean isError() {
        return errorMessage != null;
    }

    /**
     * JSON as Rails writes it: {@code <}, {@code >} and {@code &} inside strings become unicode escapes,
     * so a client that scrapes JSON instead of parsing it is caught. They can only occur inside
     * strings, so replacing them in the whole text is safe.
     */
    static String toJson(JsonElement element) {
        return GSON.toJson(element)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
