package social.woolly.core.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Account;
import social.woolly.core.model.Preferences;
import social.woolly.core.model.Relationship;
import social.woolly.core.model.SearchResults;
import social.woolly.core.model.Status;
import social.woolly.core.model.Visibility;

/**
 * Accounts: the user's own, others', and how the user relates to them.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/accounts/">accounts API methods</a>
 */
public final class AccountMethods {
    private final Requests requests;
    private final SearchMethods search;

    AccountMethods(Requests requests) {
        this.requests = requests;
        this.search = new SearchMethods(requests);
    }

    /**
     * The signed-in user's account, with {@link Account#source()}; also how to check a token.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#verify_credentials">GET
     *     /api/v1/accounts/verify_credentials</a>
     */
    public ApiCall<Account> verifyCredentials() {
        return requests.get(requests.url("api/v1/accounts/verify_credentials"), Requests.json(Account.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/accounts/#get">GET /api/v1/accounts/:id</a> */
    public ApiCall<Account> get(String id) {
        return requests.get(requests.url("api/v1/accounts/{}", id), Requests.json(Account.class));
    }

    /**
     * Finds an account by its handle without a search.
     *
     * @param acct {@code user} or {@code user@domain}
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#lookup">GET /api/v1/accounts/lookup</a>
     */
    public ApiCall<Account> lookup(String acct) {
        return requests.get(
                requests.url("api/v1/accounts/lookup").addQueryParameter("acct", acct), Requests.json(Account.class));
    }

    /**
     * The account with {@code id}, or, if the server knows no such id, the one {@code acct} names
     * ({@link #byHandle}). A mention's id may name nothing: snac numbers a post's mentions "0",
     * "1", … (mastoapi.c, {@code mastoapi_status}), while its account ids are hashes.
     *
     * <p>Executing throws {@link ApiException.NotFound} when neither finds the account.
     *
     * @param acct the handle the mention or link showed, {@code user} or {@code user@domain}
     */
    public ApiCall<Account> get(String id, String acct) {
        ApiCall<Account> byId = get(id);
        return new ComposedCall<>(calls -> {
            try {
                return calls.run(byId);
            } catch (ApiException.NotFound e) {
                return calls.run(byHandle(acct));
            }
        });
    }

    /**
     * The account {@code acct} names, as this server knows it: {@link #lookup} (accounts the
     * server already has; on snac only its local users), then a search that resolves the handle by
     * WebFinger, taking its first account only if the user name matches (a search may find others).
     *
     * <p>Executing throws {@link ApiException.NotFound} when neither finds the account; failures
     * that a second request would share (auth, network, rate limit, cancel) end the attempt.
     *
     * @param acct {@code user} or {@code user@domain}, with or without a leading {@code @}
     * @see <a href="https://docs.joinmastodon.org/methods/search/#v2">GET /api/v2/search</a>
     */
    public ApiCall<Account> byHandle(String acct) {
        String handle = acct.startsWith("@") ? acct.substring(1) : acct;
        ApiCall<Account> lookup = lookup(handle);
        ApiCall<SearchResults> resolve = search.search(handle, SearchMethods.Type.ACCOUNTS, true, 0, 1);
        String user = handle.contains("@") ? handle.substring(0, handle.indexOf('@')) : handle;
        return new ComposedCall<>(calls -> {
            try {
                return calls.run(lookup);
            } catch (ApiException.NotFound
                    | ApiException.Rejected
                    | ApiException.ServerTrouble
                    | ApiException.BadResponse e) {
                // Not known here yet, or no lookup endpoint: the search below asks the account's server.
            }
            return calls.run(resolve).accounts().stream()
                    .filter(found -> found.username().equalsIgnoreCase(user))
                    .findFirst()
                    .orElseThrow(() -> new ApiException.NotFound(null));
        });
    }

    /** The most accounts {@link #search(String, int)} asks for, Mastodon's maximum. */
    public static final int SEARCH_MAX_LIMIT = 80;

    /**
     * Accounts whose handle or display name matches {@code query}, without WebFinger look-ups. A
     * prefix is enough here on Mastodon, snac, Hollo and GoToSocial, whereas snac's {@code
     * /api/v2/search} only resolves whole handles. Needs a user token.
     *
     * @param limit at most this many (1 to {@link #SEARCH_MAX_LIMIT})
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#search">GET /api/v1/accounts/search</a>
     */
    public ApiCall<List<Account>> search(String query, int limit) {
        HttpUrl.Builder url = requests.url("api/v1/accounts/search")
                .addQueryParameter("q", query)
                .addQueryParameter("limit", Integer.toString(Math.clamp(limit, 1, SEARCH_MAX_LIMIT)))
                .addQueryParameter("resolve", "false");
        return requests.get(url, Requests.json(new TypeToken<List<Account>>() {}.getType()));
    }

    /**
     * A page of an account's statuses.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#statuses">GET /api/v1/accounts/:id/statuses</a>
     */
    public ApiCall<Page<Status>> statuses(String id, PageCursor cursor) {
        HttpUrl.Builder url =
                Requests.page(requests.url("api/v1/accounts/{}/statuses", id), cursor, TimelineMethods.DEFAULT_LIMIT);
        return requests.get(url, Requests.page(TimelineMethods.STATUSES, Status::id));
    }

    /**
     * How the user relates to each account, in the order the server chooses.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#relationships">GET
     *     /api/v1/accounts/relationships</a>
     */
    public ApiCall<List<Relationship>> relationships(List<String> ids) {
        HttpUrl.Builder url = requests.url("api/v1/accounts/relationships");
        ids.forEach(id -> url.addQueryParameter("id[]", id));
        return requests.get(url, Requests.json(new TypeToken<List<Relationship>>() {}.getType()));
    }

    /**
     * Follows an account (or asks to, if it is locked).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/accounts/#follow">POST /api/v1/accounts/:id/follow</a>
     */
    public ApiCall<Relationship> follow(String id) {
        return requests.post(requests.url("api/v1/accounts/{}/follow", id), Requests.json(Relationship.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/accounts/#unfollow">POST /api/v1/accounts/:id/unfollow</a> */
    public ApiCall<Relationship> unfollow(String id) {
        return requests.post(requests.url("api/v1/accounts/{}/unfollow", id), Requests.json(Relationship.class));
    }

    /**
     * The user's posting preferences (default visibility, sensitivity and language), as set on the
     * server's website.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/preferences/#get">GET /api/v1/preferences</a>
     */
    public ApiCall<Preferences> preferences() {
        ResponseReader<JsonObject> object = Requests.json(JsonObject.class);
        return requests.get(requests.url("api/v1/preferences"), (response, body) -> {
            JsonObject json = object.read(response, body);
            String visibility = text(json, "posting:default:visibility");
            return new Preferences(
                    Arrays.stream(Visibility.values())
                            .filter(v -> v != Visibility.UNKNOWN && v.wireName().equals(visibility))
                            .findFirst()
                            .orElse(null),
                    "true".equals(text(json, "posting:default:sensitive")),
                    text(json, "posting:default:language"));
        });
    }

    // The keys have colons, which no record component can be named after; absent, null or an
    // object all read as null, and a blank language means none was chosen.
    private static @Nullable String text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }
}
