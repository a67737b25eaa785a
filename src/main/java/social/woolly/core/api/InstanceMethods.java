package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.CustomEmoji;
import social.woolly.core.model.Instance;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.V1Instance;

/**
 * What the server is and allows.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/instance/">instance API methods</a>
 */
public final class InstanceMethods {
    private final Requests requests;
    private final OAuthMethods oauth;

    InstanceMethods(Requests requests, OAuthMethods oauth) {
        this.requests = requests;
        this.oauth = oauth;
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/instance/#v2">GET /api/v2/instance</a> */
    public ApiCall<Instance> v2() {
        return requests.get(requests.url("api/v2/instance"), Requests.json(Instance.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/instance/#v1">GET /api/v1/instance</a> */
    public ApiCall<V1Instance> v1() {
        return requests.get(requests.url("api/v1/instance"), Requests.json(V1Instance.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/custom_emojis/">GET /api/v1/custom_emojis</a> */
    public ApiCall<List<CustomEmoji>> customEmojis() {
        return requests.get(
                requests.url("api/v1/custom_emojis"), Requests.json(new TypeToken<List<CustomEmoji>>() {}.getType()));
    }

    /**
     * What this server is and can do, in one view: {@link #v2()}, or {@link #v1()} where v2 fails
     * other than for auth, network, rate limit or cancel (older Mastodon, Pleroma, small servers);
     * then the OAuth metadata, absent if the server publishes none.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/instance/">instance API methods</a>
     */
    public ApiCall<ServerInfo> serverInfo() {
        return new ComposedCall<>(calls -> answeredServerInfo(calls).info());
    }

    /**
     * {@link #serverInfo()} with where the instance answered from. It differs from this API's base
     * when the server redirected (a bare domain sending everything to {@code www.}); later POSTs must
     * go there directly, since a redirected POST comes back as a GET without its body.
     *
     * @param origin the root ({@code /}) of the instance document's final URL
     */
    public record Answered(ServerInfo info, URI origin) {}

    /** {@link #serverInfo()}, with the origin that answered: see {@link Answered}. */
    public ApiCall<Answered> serverInfoWithOrigin() {
        return new ComposedCall<>(this::answeredServerInfo);
    }

    /**
     * Where an account's server says the account lives, by WebFinger on this server: the
     * {@code rel="self"} link of {@code acct:user@domain}, redirects followed; empty if the lookup
     * fails in any way but a cancel, or names no such link. A handle's domain need not serve the
     * client API (GoToSocial's account domain, Hollo's handle host, Mastodon's {@code LOCAL_DOMAIN}).
     *
     * @param acct {@code user@domain}, without a leading {@code @}
     * @see <a href="https://www.rfc-editor.org/rfc/rfc7033">RFC 7033 WebFinger</a>
     */
    public ApiCall<Optional<URI>> webFingerSelf(String acct) {
        HttpUrl.Builder url = requests.url(".well-known/webfinger").addQueryParameter("resource", "acct:" + acct);
        ApiCall<WebFinger> lookup = requests.get(url, Requests.json(WebFinger.class));
        return new ComposedCall<>(calls -> {
            WebFinger found;
            try {
                found = calls.run(lookup);
            } catch (ApiException.Cancelled e) {
                throw e;
            } catch (ApiException e) {
                return Optional.empty();
            }
            return found.links().stream()
                    .filter(link -> "self".equals(link.rel()) && link.href() != null)
                    .findFirst()
                    .flatMap(link -> absolute(link.href()));
        });
    }

    private static Optional<URI> absolute(@Nullable String href) {
        try {
            URI uri = href == null ? null : new URI(href);
            return uri != null && uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The parts of a WebFinger document (JRD) that matter here. */
    record WebFinger(List<Link> links) {
        record Link(@Nullable String rel, @Nullable String href) {}
    }

    private Answered answeredServerInfo(ComposedCall<?> calls) throws ApiException {
        Answered answered;
        try {
            answered = calls.run(located(requests.url("api/v2/instance"), Instance.class, ServerInfo::from));
        } catch (ApiException.NotFound
                | ApiException.Rejected
                | ApiException.ServerTrouble
                | ApiException.BadResponse e) {
            answered = calls.run(located(requests.url("api/v1/instance"), V1Instance.class, ServerInfo::from));
        }
        ServerInfo info = answered.info()
                .withAuthorizationServer(
                        calls.run(oauth.authorizationServerMetadata()).orElse(null));
        return new Answered(info, answered.origin());
    }

    private <T> ApiCall<Answered> located(HttpUrl.Builder url, Class<T> type, Function<T, ServerInfo> toInfo) {
        ResponseReader<T> json = Requests.json(type);
        return requests.get(url, (response, body) -> {
            HttpUrl answered = response.request().url();
            return new Answered(
                    toInfo.apply(json.read(response, body)),
                    answered.newBuilder()
                            .encodedPath("/")
                            .query(null)
                            .fragment(null)
                            .build()
                            .uri());
        });
    }
}
