package social.woolly.ui.compose.complete;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.compose.CompletionQuery;
import social.woolly.core.model.Account;
import social.woolly.core.model.Tag;

/** {@link CompletionViewModel.Search#on} against servers whose searches differ (audit A5), on a MockWebServer. */
class CompletionSearchTest {
    private static final String ALICE = """
            {"id": "9f3c", "username": "alice", "acct": "alice@snac.test", "display_name": "Alice",
             "url": "https://snac.test/alice"}
            """;
    private static final String NOTHING = "{\"accounts\": [], \"statuses\": [], \"hashtags\": []}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Test
    void accounts_v1FindsAPrefix_suggestsIt() throws ApiException {
        // snac's v2 search only resolves whole handles by WebFinger; its v1 account search takes prefixes.
        answer(Map.of("/api/v1/accounts/search", "[" + ALICE + "]", "/api/v2/search", NOTHING));

        var found = search(CompletionQuery.Kind.ACCOUNT, "al");

        assertThat(found.accounts()).extracting(Account::acct).containsExactly("alice@snac.test");
        assertThat(asked).containsExactly("/api/v1/accounts/search?q=al&limit=8&resolve=false");
    }

    @Test
    void accounts_withoutV1Search_asksV2() throws ApiException {
        answer(Map.of("/api/v2/search", "{\"accounts\": [" + ALICE + "]}"));

        var found = search(CompletionQuery.Kind.ACCOUNT, "al");

        assertThat(found.accounts()).extracting(Account::acct).containsExactly("alice@snac.test");
        assertThat(asked)
                .containsExactly(
                        "/api/v1/accounts/search?q=al&limit=8&resolve=false",
                        "/api/v2/search?q=al&resolve=false&limit=8&type=accounts");
    }

    @Test
    void hashtags_noneFound_suggestsFollowedOnesByPrefix() throws ApiException {
        // Hollo's v2 search always answers "hashtags": [].
        answer(Map.of(
                "/api/v2/search",
                NOTHING,
                "/api/v1/followed_tags",
                "[{\"name\": \"Knitting\", \"url\": \"https://hollo.test/tags/knitting\"},"
                        + " {\"name\": \"javafx\", \"url\": \"https://hollo.test/tags/javafx\"}]"));

        var found = search(CompletionQuery.Kind.HASHTAG, "kn");

        assertThat(found.hashtags()).extracting(Tag::name).containsExactly("Knitting");
    }

    @Test
    void hashtags_found_doesNotAskForFollowedOnes() throws ApiException {
        answer(Map.of(
                "/api/v2/search", "{\"hashtags\": [{\"name\": \"knitting\", \"url\": \"https://m.test/tags/k\"}]}"));

        var found = search(CompletionQuery.Kind.HASHTAG, "kn");

        assertThat(found.hashtags()).extracting(Tag::name).containsExactly("knitting");
        assertThat(asked).containsExactly("/api/v2/search?q=kn&resolve=false&limit=8&type=hashtags");
    }

    private social.woolly.core.model.SearchResults search(CompletionQuery.Kind kind, String term) throws ApiException {
        MastodonApi api = new MastodonClient(new OkHttpClient())
                .api(URI.create("http://127.0.0.1:" + server.getPort() + "/"), AccessToken.of("t0k3n"));
        return CompletionViewModel.Search.on(api).apply(term, kind).execute();
    }

    private void answer(Map<String, String> bodies) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.add(request.getTarget());
                String body = bodies.get(request.getUrl().encodedPath());
                return body == null
                        ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder()
                                .setHeader("Content-Type", "application/json")
                                .body(body)
                                .build();
            }
        });
    }
}
