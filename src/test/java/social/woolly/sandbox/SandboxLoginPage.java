package social.woolly.sandbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The HTML side of {@code /oauth/authorize}: the sign-in and consent form, the page that shows an
 * out-of-band code, and error pages. Field ids ({@code username}, {@code password},
 * {@code authorize}, {@code deny}, {@code code}) are stable so that tests can drive the form.
 */
final class SandboxLoginPage {
    private static final List<String> CARRIED = List.of(
            "client_id",
            "redirect_uri",
            "response_type",
            "scope",
            "state",
            "code_challenge",
            "code_challenge_method",
            "force_login",
            "lang");

    private final SandboxStore store;

    SandboxLoginPage(SandboxStore store) {
        this.store = store;
    }

    /** The form; {@code signedIn} skips the password fields (a browser session exists). */
    SandboxReply form(SandboxParams p, @Nullable SandboxAccount signedIn, @Nullable String error) {
        SandboxAuth.App app = store.auth.app(p.get("client_id"));
        StringBuilder html = new StringBuilder(head("Authorization required"));
        html.append("<h1>Authorization required</h1>\n<p><strong>")
                .append(SandboxText.escape(app == null ? "?" : app.name()))
                .append("</strong> would like to access your account on ")
                .append(SandboxText.escape(store.localDomain))
                .append(" with these permissions: <code>")
                .append(SandboxText.escape(p.getOr("scope", "read")))
                .append("</code></p>\n");
        if (error != null) {
            html.append("<p class=\"error\" id=\"error\">")
                    .append(SandboxText.escape(error))
                    .append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"/oauth/authorize\">\n");
        for (String name : CARRIED) {
            String value = p.get(name);
            if (value != null) {
                html.append("<input type=\"hidden\" name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(SandboxText.escape(value))
                        .append("\">\n");
            }
        }
        if (signedIn == null) {
            html.append("<label for=\"username\">E-mail address or username</label>\n")
                    .append(
                            "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" autofocus>\n")
                    .append("<label for=\"password\">Password</label>\n")
                    .append(
                            "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">\n");
        } else {
            html.append("<p>Signed in as <strong>@")
                    .append(SandboxText.escape(signedIn.username))
                    .append("</strong></p>\n");
        }
        html.append(
                        "<button id=\"authorize\" type=\"submit\" name=\"decision\" value=\"authorize\">Authorize</button>\n")
                .append("<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n")
                .append("</form>\n</body></html>\n");
        return SandboxReply.html(error == null ? 200 : 422, html.toString());
    }

    SandboxReply showCode(String code) {
        return SandboxReply.html(
                200,
                head("Authorization code")
                        + "<h1>Authorization code</h1>\n<p>Copy this authorization code and paste it to the application.</p>\n"
                        + "<input id=\"code\" type=\"text\" readonly value=\"" + SandboxText.escape(code) + "\">\n"
                        + "</body></html>\n");
    }

    SandboxReply error(int code, String message) {
        return SandboxReply.html(
                code,
                head("An error has occurred") + "<h1>An error has occurred</h1>\n<p id=\"error\">"
                        + SandboxText.escape(message) + "</p>\n</body></html>\n");
    }

    /** The local account these credentials open (username, handle or e-mail), or null. */
    @Nullable
    SandboxAccount signIn(@Nullable String login, @Nullable String password) {
        if (login == null || password == null) {
            return null;
        }
        String name = login.trim();
        int at = name.indexOf('@', 1);
        if (at > 0 && name.substring(at + 1).equalsIgnoreCase(store.localDomain)) {
            name = name.substring(0, at);
        }
        SandboxAccount account = store.accountByAcct(name);
        return account != null && account.isLocal() && password.equals(account.password) ? account : null;
    }

    static @Nullable String sessionCookie(SandboxExchange ex) {
        String cookies = ex.header("Cookie");
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split(";")) {
            String c = cookie.trim();
            if (c.startsWith("_sandbox_session=")) {
                return c.substring("_sandbox_session=".length());
            }
        }
        return null;
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " - Woolly Sandbox</title>\n<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
                + "label,input,button{display:block;margin:.4em 0}input{width:100%}.error{color:#b00}</style>"
                + "</head><body>\n";
    }
}
