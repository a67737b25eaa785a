package social.woolly.core.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.List;
import social.woolly.core.model.Account;
import social.woolly.core.model.MastodonList;
import social.woolly.core.model.RepliesPolicy;

/**
 * The user's lists; a list's statuses come from {@link TimelineMethods#list}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/lists/">lists API methods</a>
 */
public final class ListMethods {
    /** The most accounts per page the server allows, and what Woolly asks for. */
    public static final int ACCOUNTS_LIMIT = 80;

    private final Requests requests;

    ListMethods(Requests requests) {
        this.requests = requests;
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#get">GET /api/v1/lists</a> */
    public ApiCall<List<MastodonList>> all() {
        return requests.get(
                requests.url("api/v1/lists"), Requests.json(new TypeToken<List<MastodonList>>() {}.getType()));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#get-one">GET /api/v1/lists/:id</a> */
    public ApiCall<MastodonList> get(String id) {
        return requests.get(requests.url("api/v1/lists/{}", id), Requests.json(MastodonList.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#create">POST /api/v1/lists</a> */
    public ApiCall<MastodonList> create(String title, RepliesPolicy repliesPolicy, boolean exclusive) {
        return requests.post(
                requests.url("api/v1/lists"),
                Requests.json(fields(title, repliesPolicy, exclusive)),
                Requests.json(MastodonList.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#update">PUT /api/v1/lists/:id</a> */
    public ApiCall<MastodonList> update(String id, String title, RepliesPolicy repliesPolicy, boolean exclusive) {
        return requests.put(
                requests.url("api/v1/lists/{}", id),
                Requests.json(fields(title, repliesPolicy, exclusive)),
                Requests.json(MastodonList.class));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#delete">DELETE /api/v1/lists/:id</a> */
    public ApiCall<Empty> delete(String id) {
        return requests.delete(requests.url("api/v1/lists/{}", id), Requests.empty());
    }

    /**
     * A page of the list's members; paging follows the {@code Link} header (the ids are not
     * account ids).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/lists/#accounts">GET /api/v1/lists/:id/accounts</a>
     */
    public ApiCall<Page<Account>> accounts(String id, PageCursor cursor) {
        var url = Requests.page(requests.url("api/v1/lists/{}/accounts", id), cursor, ACCOUNTS_LIMIT);
        return requests.get(url, Requests.page(new TypeToken<List<Account>>() {}.getType(), Account::id));
    }

    /** @see <a href="https://docs.joinmastodon.org/methods/lists/#accounts-add">POST /api/v1/lists/:id/accounts</a> */
    public ApiCall<Empty> addAccounts(String id, List<String> accountIds) {
        return requests.post(
                requests.url("api/v1/lists/{}/accounts", id), Requests.json(ids(accountIds)), Requests.empty());
    }

    /**
     * @see <a href="https://docs.joinmastodon.org/methods/lists/#accounts-remove">DELETE
     *     /api/v1/lists/:id/accounts</a>
     */
    public ApiCall<Empty> removeAccounts(String id, List<String> accountIds) {
        var request = new okhttp3.Request.Builder()
                .url(requests.url("api/v1/lists/{}/accounts", id).build())
                .delete(Requests.json(ids(accountIds)));
        return requests.call(request, Requests.empty());
    }

    private static JsonObject fields(String title, RepliesPolicy repliesPolicy, boolean exclusive) {
        if (repliesPolicy == RepliesPolicy.UNKNOWN) {
            throw new IllegalArgumentException("unknown replies policy");
        }
        JsonObject body = new JsonObject();
        body.addProperty("title", title);
        body.addProperty("replies_policy", repliesPolicy.wireName());
        body.addProperty("exclusive", exclusive);
        return body;
    }

    private static JsonObject ids(List<String> accountIds) {
        JsonArray array = new JsonArray();
        accountIds.forEach(array::add);
        JsonObject body = new JsonObject();
        body.add("account_ids", array);
        return body;
    }
}
