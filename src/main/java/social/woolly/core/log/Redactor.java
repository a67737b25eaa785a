package social.woolly.core.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets (tokens, client secrets, authorization codes, passwords) from text before it is
 * written to a log or shown to the user. It knows the shapes secrets take in Woolly's traffic:
 * {@code Authorization:} header lines, {@code Bearer} tokens, {@code name=value} pairs in URLs,
 * form bodies and {@code toString()} output, and {@code "name":"value"} pairs in JSON. Each secret
 * value becomes {@value #REDACTED}; the name stays, so the log still says what was there.
 *
 * <p>Thread-safe and stateless.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String REDACTED = "[redacted]";

    // Parameter and JSON field names whose values are secrets. "code" is the OAuth authorization
    // code; the look-behind in PAIR keeps names like "error_code" or "statuscode" readable.
    private static final String NAMES =
            "access_token|refresh_token|id_token|token|client_secret|code_verifier|code|password";

    private static final List<Rule> RULES = List.of(
            // A header line: everything after the colon, whatever the scheme.
            new Rule("(?i)(\\bauthorization\\s*[:=]\\s*)[^\\r\\n]+"),
            new Rule("(?i)(\\bbearer\\s+)[^\\s\"',;]+"),
            new Rule("(?i)(\"(?:" + NAMES + "|authorization)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")"),
            new Rule("(?i)((?<![\\w-])(?:" + NAMES + ")\\s*=\\s*[\"']?)[^&\\s\"',;)}\\]]+"));

    private Redactor() {}

    /** The text with every secret it recognises replaced by {@value #REDACTED}. */
    public static String redact(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.apply(result);
        }
        return result;
    }

    /** The stack trace of {@code thrown}, with causes and suppressed exceptions, redacted. */
    public static String stackTrace(Throwable thrown) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            thrown.printStackTrace(writer);
        }
        return redact(out.toString());
    }

    private record Rule(Pattern pattern) {
        Rule(String regex) {
            this(Pattern.compile(regex));
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
        }
    }
}
