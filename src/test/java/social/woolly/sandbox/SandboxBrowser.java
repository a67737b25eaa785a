package social.woolly.sandbox;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Plays the person's browser in end-to-end sign-in tests: opens the authorize URL Woolly handed
 * over, fills in the sandbox's login form, and follows the redirect to Woolly's loopback listener.
 */
public final class SandboxBrowser {
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern CODE = Pattern.compile("<input id=\"code\"[^>]*value=\"([^\"]+)\"");

    private final OkHttpClient http = new OkHttpClient.Builder()
            .followRedirects(false)
            .callTimeout(Duration.ofSeconds(10))
            .build();

    /** What the browser ended on. */
    public record Outcome(int status, @Nullable String location, String body) {}

    /**
     * Signs in on the form and, when the server redirects, follows the redirect once (to the
     * loopback listener). Returns the last page.
     */
    public Outcome authorize(URI authorizeUrl, String username, String password, boolean allow) throws IOException {
        String form = get(authorizeUrl.toString()).body();
        FormBody.Builder post = new FormBody.Builder();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            post.add(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        post.add("username", username).add("password", password).add("decision", allow ? "authorize" : "deny");
        URI action = authorizeUrl.resolve("/oauth/authorize");
        Outcome answer = send(
                new Request.Builder().url(action.toString()).post(post.build()).build());
        if (answer.status() / 100 == 3
                && answer.location() != null
                && answer.location().startsWith("http")) {
            return get(answer.location());
        }
        return answer;
    }

    /** The code shown on the out-of-band page, after signing in on the form. */
    public String authorizeOutOfBand(URI authorizeUrl, String username, String password) throws IOException {
        Outcome page = authorize(authorizeUrl, username, password, true);
        Matcher code = CODE.matcher(page.body());
        if (!code.find()) {
            throw new IOException("no code on the page: HTTP " + page.status());
        }
        return unescape(code.group(1));
    }

    public Outcome get(String url) throws IOException {
        return send(new Request.Builder().url(url).get().build());
    }

    private Outcome send(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            return new Outcome(
                    response.code(),
                    response.header("Location"),
                    response.body().string());
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
