package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.util.List;
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
        return new ComposedCall<>(calls -> {
            ServerInfo info;
            try {
                info = ServerInfo.from(calls.run(v2()));
            } catch (ApiException.NotFound
                    | ApiException.Rejected
                    | ApiException.ServerTrouble
                    | ApiException.BadResponse e) {
                info = ServerInfo.from(calls.run(v1()));
            }
            return info.withAuthorizationServer(
                    calls.run(oauth.authorizationServerMetadata()).orElse(null));
        });
    }
}
