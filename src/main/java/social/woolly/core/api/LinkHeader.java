package social.woolly.core.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A parsed HTTP {@code Link} header (RFC 8288), as Mastodon uses it for paging: {@code
 * <https://…?max_id=1>; rel="next", <https://…?min_id=9>; rel="prev"}.
 *
 * <p>Tolerant: several links, parameters in any order, quoted or bare values, several relation
 * types in one {@code rel} ({@code rel="next last"}), commas and semicolons inside the URL.
 * Malformed parts are skipped; parsing never throws.
 */
public final class LinkHeader {

    /** One link: its target as written, its relation types (lower case) and other parameters. */
    public record Link(String target, Set<String> rels, Map<String, String> params) {
        public Link {
            rels = Set.copyOf(rels);
            params = Map.copyOf(params);
        }
    }

    private final List<Link> links;

    private LinkHeader(List<Link> links) {
        this.links = List.copyOf(links);
    }

    public List<Link> links() {
        return links;
    }

    /** The first link with relation type {@code rel} (case-insensitive). */
    public Optional<Link> find(String rel) {
        String wanted = rel.toLowerCase(Locale.ROOT);
        return links.stream().filter(link -> link.rels().contains(wanted)).findFirst();
    }

    /** Parses a header value; {@code null} or blank gives no links. */
    public static LinkHeader parse(@Nullable String header) {
        List<Link> links = new ArrayList<>();
        if (header == null) {
            return new LinkHeader(links);
        }
        int i = 0;
        int n = header.length();
        while (i < n) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = header.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            String target = header.substring(open + 1, close).trim();
            Map<String, String> params = new HashMap<>();
            i = readParams(header, close + 1, params);
            Set<String> rels = new LinkedHashSet<>();
            String rel = params.remove("rel");
            if (rel != null) {
                for (String type : rel.trim().split("\\s+")) {
                    if (!type.isEmpty()) {
                        rels.add(type.toLowerCase(Locale.ROOT));
                    }
                }
            }
            links.add(new Link(target, rels, params));
        }
        return new LinkHeader(links);
    }

    // Reads ";name=value" pairs up to the comma that ends this link; returns where the next begins.
    private static int readParams(String header, int from, Map<String, String> params) {
        int i = from;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',') {
                return i + 1;
            }
            if (c != ';') {
                i++;
                continue;
            }
            int nameStart = ++i;
            while (i < n && "=;,".indexOf(header.charAt(i)) < 0) {
                i++;
            }
            String name = header.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            String value = "";
            if (i < n && header.charAt(i) == '=') {
                i++;
                while (i < n && header.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && header.charAt(i) == '"') {
                    StringBuilder quoted = new StringBuilder();
                    i++;
                    while (i < n && header.charAt(i) != '"') {
                        if (header.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        quoted.append(header.charAt(i++));
                    }
                    i++;
                    value = quoted.toString();
                } else {
                    int valueStart = i;
                    while (i < n && header.charAt(i) != ';' && header.charAt(i) != ',') {
                        i++;
                    }
                    value = header.substring(valueStart, i).trim();
                }
            }
            // RFC 8288: only the first occurrence of a parameter counts.
            if (!name.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return i;
    }

    /**
     * The paging cursor in a link's URL: its {@code max_id}, {@code min_id} and {@code since_id},
     * untouched. A relative URL is read against {@code base}, the URL of the request answered.
     * Without any of those ids, the link's other parameters whose values differ from {@code base}'s
     * (Hollo's {@code before=<time>}; never {@code limit}) are the cursor, replayed as they are.
     * {@code null} if the link has neither: it would only fetch the same page again.
     */
    public static @Nullable PageCursor cursorOf(Link link, HttpUrl base) {
        HttpUrl url = base.resolve(link.target());
        if (url == null) {
            return null;
        }
        PageCursor cursor = new PageCursor(
                url.queryParameter("max_id"), url.queryParameter("min_id"), url.queryParameter("since_id"));
        if (!cursor.isNewest()) {
            return cursor;
        }
        Map<String, String> others = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            String value = url.queryParameter(name);
            if (!name.equals("limit") && value != null && !value.equals(base.queryParameter(name))) {
                others.put(name, value);
            }
        }
        return others.isEmpty() ? null : new PageCursor(null, null, null, others);
    }
}
