package social.woolly.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Plain OkHttp calls for the sandbox's own tests: no redirects followed, responses read fully. */
final class SandboxTestClient {
    /** A response read to the end. */
    record Reply(int code, Headers headers, String body) {
        JsonElement json() {
            return JsonParser.parseString(body);
        }

        @Nullable
        String header(String name) {
            return headers.get(name);
        }
    }

    static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10))
            .build();

    private final Sandbox sandbox;

    SandboxTestClient(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    Reply get(String pathOrUrl, @Nullable String token) {
        return send(request(pathOrUrl, token).get().build());
    }

    Reply postForm(String path, @Nullable String token, Map<String, String> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(form::add);
        return send(request(path, token).post(form.build()).build());
    }

    Reply postJson(String path, @Nullable String token, String json) {
        return send(request(path, token)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .build());
    }

    Reply send(
            String method,
            String path,
            @Nullable String token,
            @Nullable RequestBody body,
            Map<String, String> headers) {
        Request.Builder builder = request(path, token).method(method, body);
        headers.forEach(builder::header);
        return send(builder.build());
    }

    Request.Builder request(String pathOrUrl, @Nullable String token) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : sandbox.baseUrl() + pathOrUrl;
        Request.Builder builder = new Request.Builder().url(url);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static Reply send(Request request) {
        try (Response response = HTTP.newCall(request).execute()) {
            return new Reply(
                    response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
