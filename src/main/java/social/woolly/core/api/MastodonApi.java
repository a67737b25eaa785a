package social.woolly.core.api;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The Mastodon client API of one server, for one account (or none): endpoint groups as the docs
 * group them, e.g. {@code api.timelines().home()}, {@code api.statuses().create(draft, key)}.
 * Every method only builds an {@link ApiCall}; nothing is sent until it is executed, off the FX
 * thread. Works with Pleroma, Akkoma, GoToSocial and other servers that speak this API.
 *
 * <p>Obtain one from {@link MastodonClient#api}, which shares one HTTP client across accounts.
 * Thread-safe and immutable.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/">Mastodon API methods</a>
 */
public final class MastodonApi {
    private final URI baseUrl;
    private final TimelineMethods timelines;
    private final StatusMethods statuses;
    private final AccountMethods accounts;
    private final NotificationMethods notifications;
    private final MediaMethods media;
    private final InstanceMethods instance;
    private final MarkerMethods markers;
    private final SearchMethods search;
    private final ListMethods lists;
    private final OAuthMethods oauth;
    private final AppMethods apps;
    private final SavedStatusMethods saved;
    private final ScheduledStatusMethods scheduled;
    private final TagMethods tags;

    MastodonApi(OkHttpClient client, URI baseUrl, @Nullable AccessToken token, Clock clock) {
        this.baseUrl = baseUrl;
        Requests requests = new Requests(client, checkedBase(baseUrl), token, clock);
        this.timelines = new TimelineMethods(requests);
        this.statuses = new StatusMethods(requests);
        this.accounts = new AccountMethods(requests);
        this.notifications = new NotificationMethods(requests);
        this.media = new MediaMethods(requests);
        this.oauth = new OAuthMethods(requests);
        this.instance = new InstanceMethods(requests, oauth);
        this.markers = new MarkerMethods(requests);
        this.search = new SearchMethods(requests);
        this.lists = new ListMethods(requests);
        this.apps = new AppMethods(requests);
        this.saved = new SavedStatusMethods(requests);
        this.scheduled = new ScheduledStatusMethods(requests);
        this.tags = new TagMethods(requests);
    }

    /** The server's base URL, as given. */
    public URI baseUrl() {
        return baseUrl;
    }

    public TimelineMethods timelines() {
        return timelines;
    }

    public StatusMethods statuses() {
        return statuses;
    }

    public AccountMethods accounts() {
        return accounts;
    }

    public NotificationMethods notifications() {
        return notifications;
    }

    public MediaMethods media() {
        return media;
    }

    public InstanceMethods instance() {
        return instance;
    }

    public MarkerMethods markers() {
        return markers;
    }

    public SearchMethods search() {
        return search;
    }

    public ListMethods lists() {
        return lists;
    }

    public OAuthMethods oauth() {
        return oauth;
    }

    public AppMethods apps() {
        return apps;
    }

    /** The person's bookmarks and favourites, paged by Link header only. */
    public SavedStatusMethods saved() {
        return saved;
    }

    /** Statuses scheduled for later: list, reschedule, cancel. */
    public ScheduledStatusMethods scheduled() {
        return scheduled;
    }

    /** Hashtags the person follows. */
    public TagMethods tags() {
        return tags;
    }

    /**
     * Checks a server URL: https, or plain http only to this machine (tests, local development),
     * since http would send the token in the clear. No query or fragment.
     *
     * @throws IllegalArgumentException if the URL is not one Woolly will talk to
     */
    static HttpUrl checkedBase(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        String host = baseUrl.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("server URL has no host: " + baseUrl);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(host))) {
            throw new IllegalArgumentException("server URL must be https (http only for this machine): " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("server URL must not have user info, a query or a fragment: " + baseUrl);
        }
        HttpUrl url = HttpUrl.parse(baseUrl.toString());
        if (url == null) {
            throw new IllegalArgumentException("not a usable server URL: " + baseUrl);
        }
        // Endpoint paths are appended segment by segment: drop the trailing empty one.
        var builder = url.newBuilder();
        if (url.pathSegments().getLast().isEmpty()) {
            builder.removePathSegment(url.pathSize() - 1);
        }
        return builder.build();
    }

    /** localhost, 127.0.0.0/8 or ::1, by the literal only: a name is never resolved here. */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.ofLiteral(bare).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
