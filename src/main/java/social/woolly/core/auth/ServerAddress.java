package social.woolly.core.auth;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a server lives, read from what a person typed: {@code mastodon.social},
 * {@code https://mastodon.social/}, {@code @user@mastodon.social}, {@code user@host}, a profile
 * URL, an internationalized domain name (kept as punycode), or {@code http://127.0.0.1:PORT}.
 *
 * <p>Plain http is accepted only for loopback hosts (local test servers); everything else is https.
 *
 * @param baseUrl scheme, host and port only, without a trailing slash: {@code https://xn--bcher-kva.example}
 * @param username the user part when one was typed ({@code user} of {@code @user@host}), else null
 */
public record ServerAddress(URI baseUrl, @Nullable String username) {

    /** Why an address could not be read; the UI words each one. */
    public enum Problem {
        EMPTY,
        MALFORMED,
        INSECURE_HTTP,
        UNSUPPORTED_SCHEME
    }

    /** What a person typed could not be read as a server address. */
    public static final class InvalidAddressException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        InvalidAddressException(Problem problem) {
            super("invalid server address: " + problem);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");

    /** The host (punycode) and, when not the scheme's default, the port: {@code host:8443}. */
    public String authority() {
        return baseUrl.getPort() == -1 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /**
     * This address moved to where the server answered from, when it redirected to another origin
     * that is https (or loopback http); else this address unchanged. The typed user part stays.
     */
    public ServerAddress answeredFrom(URI origin) {
        String scheme = origin.getScheme() == null ? "" : origin.getScheme().toLowerCase(Locale.ROOT);
        String host = origin.getHost();
        if (host == null || !(scheme.equals("https") || (scheme.equals("http") && isLoopback(host)))) {
            return this;
        }
        int port = origin.getPort();
        if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
            port = -1;
        }
        try {
            URI moved = new URI(scheme, null, host.toLowerCase(Locale.ROOT), port, null, null, null);
            return moved.equals(baseUrl) ? this : new ServerAddress(moved, username);
        } catch (URISyntaxException e) {
            return this;
        }
    }

    public Optional<String> usernameIfTyped() {
        return Optional.ofNullable(username);
    }

    /**
     * Reads a typed address.
     *
     * @throws InvalidAddressException with the {@link Problem} to show
     */
    public static ServerAddress parse(String typed) throws InvalidAddressException {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new InvalidAddressException(Problem.EMPTY);
        }
        String scheme = null;
        int schemeEnd = text.indexOf("://");
        if (schemeEnd >= 0) {
            scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            text = text.substring(schemeEnd + 3);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new InvalidAddressException(Problem.UNSUPPORTED_SCHEME);
            }
        }
        String username = null;
        String path = "";
        int slash = text.indexOf('/');
        if (slash >= 0) {
            path = text.substring(slash);
            text = text.substring(0, slash);
        }
        // "@user@host" and "user@host" (webfinger style); a profile URL "host/@user" names the user too.
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        int at = text.lastIndexOf('@');
        if (at >= 0) {
            username = text.substring(0, at);
            text = text.substring(at + 1);
            if (!USER.matcher(username).matches()) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
        } else if (path.startsWith("/@") && path.length() > 2) {
            String candidate = path.substring(2).split("[/?#@]", 2)[0];
            username = USER.matcher(candidate).matches() ? candidate : null;
        }
        HostPort hostPort = HostPort.parse(text);
        boolean loopback = isLoopback(hostPort.host());
        if (scheme == null) {
            scheme = loopback ? "http" : "https";
        } else if (scheme.equals("http") && !loopback) {
            throw new InvalidAddressException(Problem.INSECURE_HTTP);
        }
        int port = hostPort.port();
        if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
            port = -1;
        }
        try {
            URI uri = new URI(scheme, null, hostPort.host(), port, null, null, null);
            return new ServerAddress(uri, username);
        } catch (URISyntaxException e) {
            throw new InvalidAddressException(Problem.MALFORMED);
        }
    }

    /** Whether the host is this machine: 127.0.0.0/8, ::1 or localhost. Never resolves names. */
    public static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":")) {
            try {
                // A numeric literal: InetAddress parses it without any lookup.
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private record HostPort(String host, int port) {
        static HostPort parse(String text) throws InvalidAddressException {
            String host = text;
            int port = -1;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw new InvalidAddressException(Problem.MALFORMED);
                }
                host = text.substring(0, close + 1);
                port = portOf(text.substring(close + 1));
                return new HostPort(host, port);
            }
            int colon = text.indexOf(':');
            if (colon >= 0) {
                host = text.substring(0, colon);
                port = portOf(text.substring(colon));
            }
            return new HostPort(asciiHost(host), port);
        }

        private static int portOf(String rest) throws InvalidAddressException {
            if (rest.isEmpty()) {
                return -1;
            }
            if (!rest.matches(":\\d{1,5}")) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
            int port = Integer.parseInt(rest.substring(1));
            if (port < 1 || port > 65535) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
            return port;
        }

        private static String asciiHost(String host) throws InvalidAddressException {
            String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            if (trimmed.isEmpty() || trimmed.length() > 253) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
            String ascii;
            try {
                ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
            String[] labels = ascii.split("\\.", -1);
            for (String label : labels) {
                if (!LABEL.matcher(label).matches()) {
                    throw new InvalidAddressException(Problem.MALFORMED);
                }
            }
            // A single label is only a server on this machine ("localhost"); anything else is a typo.
            if (labels.length < 2 && !ascii.equals("localhost")) {
                throw new InvalidAddressException(Problem.MALFORMED);
            }
            return ascii;
        }
    }
}
