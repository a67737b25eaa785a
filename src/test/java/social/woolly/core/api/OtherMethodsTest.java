package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.api.TestServer.body;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import com.google.gson.JsonParser;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.RepliesPolicy;

/** Markers, search, lists, apps and OAuth: the smaller endpoint groups. */
class OtherMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void markers_getAsksForBothTimelines() throws Exception {
        server.enqueue(json("markers/markers.json"));

        var markers = TestServer.api(server).markers().get().execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/markers?timeline%5B%5D=home&timeline%5B%5D=notifications");
        assertThat(markers.home().version()).isEqualTo(12);
    }

    @Test
    void markers_savePostsOnlyGivenMarkersAsJson() throws Exception {
        // Audit F5: Hollo reads markers only from a JSON body and ignores a form (it answers 200).
        server.enqueue(json("markers/markers.json"));

        TestServer.api(server).markers().save("01HV7Z", null).execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/api/v1/markers");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JsonParser.parseString(body(request)))
                .isEqualTo(JsonParser.parseString("{\"home\":{\"last_read_id\":\"01HV7Z\"}}"));
    }

    @Test
    void search_sendsQueryTypeResolveLimitOffset() throws Exception {
        server.enqueue(json("search/results.json"));

        var results = TestServer.api(server)
                .search()
                .search("moss & more", SearchMethods.Type.ACCOUNTS, true, 40)
                .execute();

        assertThat(target(taken(server)))
                .isEqualTo("/api/v2/search?q=moss%20%26%20more&resolve=true&limit=40&type=accounts&offset=40");
        assertThat(results.accounts()).hasSize(1);
        assertThat(results.hashtags())
                .singleElement()
                .extracting(t -> t.following())
                .isEqualTo(false);
    }

    @Test
    void search_withLimit_asksForThatManyAndNoOffset() throws Exception {
        server.enqueue(json("search/results.json"));

        TestServer.api(server)
                .search()
                .search("bo", SearchMethods.Type.HASHTAGS, false, 0, 8)
                .execute();

        assertThat(target(taken(server))).isEqualTo("/api/v2/search?q=bo&resolve=false&limit=8&type=hashtags");
    }

    @Test
    void lists_allGetCreateUpdateDelete() throws Exception {
        server.enqueue(json("lists/lists.json"));
        server.enqueue(json("lists/list.json"));
        server.enqueue(json("lists/list.json"));
        server.enqueue(json("lists/list.json"));
        server.enqueue(json(200, "{}"));
        var lists = TestServer.api(server).lists();

        var all = lists.all().execute();
        lists.get("12250").execute();
        lists.create("New list", RepliesPolicy.FOLLOWED, true).execute();
        lists.update("12250", "Renamed", RepliesPolicy.NONE, false).execute();
        lists.delete("12250").execute();

        assertThat(all).extracting(l -> l.repliesPolicy()).containsExactly(RepliesPolicy.LIST, RepliesPolicy.UNKNOWN);
        assertThat(target(taken(server))).isEqualTo("/api/v1/lists");
        assertThat(target(taken(server))).isEqualTo("/api/v1/lists/12250");
        var create = taken(server);
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(JsonParser.parseString(body(create)))
                .isEqualTo(JsonParser.parseString(
                        "{\"title\":\"New list\",\"replies_policy\":\"followed\",\"exclusive\":true}"));
        var update = taken(server);
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(target(update)).isEqualTo("/api/v1/lists/12250");
        assertThat(JsonParser.parseString(body(update)))
                .isEqualTo(JsonParser.parseString(
                        "{\"title\":\"Renamed\",\"replies_policy\":\"none\",\"exclusive\":false}"));
        var delete = taken(server);
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(target(delete)).isEqualTo("/api/v1/lists/12250");
    }

    @Test
    void lists_accountsPageByLinkAndMembersChange() throws Exception {
        server.enqueue(new MockResponse.Builder(json(200, "[" + Fixtures.text("accounts/account.json") + "]"))
                .addHeader("Link", "</api/v1/lists/7/accounts?limit=80&max_id=9001>; rel=\"next\"")
                .build());
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        var lists = TestServer.api(server).lists();

        var page = lists.accounts("7", PageCursor.newest()).execute();
        lists.addAccounts("7", List.of("a1", "a2")).execute();
        lists.removeAccounts("7", List.of("a1")).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/lists/7/accounts?limit=80");
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("9001"));
        assertThat(page.newer()).isNull();
        var add = taken(server);
        assertThat(add.getMethod()).isEqualTo("POST");
        assertThat(JsonParser.parseString(body(add)))
                .isEqualTo(JsonParser.parseString("{\"account_ids\":[\"a1\",\"a2\"]}"));
        var remove = taken(server);
        assertThat(remove.getMethod()).isEqualTo("DELETE");
        assertThat(target(remove)).isEqualTo("/api/v1/lists/7/accounts");
        assertThat(JsonParser.parseString(body(remove)))
                .isEqualTo(JsonParser.parseString("{\"account_ids\":[\"a1\"]}"));
    }

    @Test
    void apps_registerPostsAFormWithNewlineSeparatedRedirects() throws Exception {
        server.enqueue(json("apps/app.json"));

        var app = TestServer.anonymous(server)
                .apps()
                .register(
                        "Woolly",
                        List.of("http://127.0.0.1:45123/callback", "urn:ietf:wg:oauth:2.0:oob"),
                        "read write push",
                        null)
                .execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/api/v1/apps");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(body(request))
                .isEqualTo("client_name=Woolly&redirect_uris=http%3A%2F%2F127.0.0.1%3A45123%2Fcallback%0A"
                        + "urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&scopes=read+write+push");
        assertThat(app.clientId()).startsWith("TWhM");
    }

    @Test
    void oauth_tokenPostsAuthorizationCodeWithVerifier_withoutBearer() throws Exception {
        server.enqueue(json("oauth/token.json"));

        var token = TestServer.api(server)
                .oauth()
                .token("cid", "csecret", "http://127.0.0.1:45123/callback", "c0de", "v3rifier")
                .execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/oauth/token");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(body(request))
                .isEqualTo("grant_type=authorization_code&code=c0de&client_id=cid&client_secret=csecret"
                        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A45123%2Fcallback&code_verifier=v3rifier");
        assertThat(token.scope()).isEqualTo("read write push");
    }

    @Test
    void oauth_revokePostsTokenAsForm() throws Exception {
        server.enqueue(json(200, "{}"));

        TestServer.anonymous(server)
                .oauth()
                .revoke("cid", "csecret", AccessToken.of("old-token"))
                .execute();

        var request = taken(server);
        assertThat(target(request)).isEqualTo("/oauth/revoke");
        assertThat(body(request)).isEqualTo("client_id=cid&client_secret=csecret&token=old-token");
    }

    @Test
    void oauth_metadataAbsent_isEmpty() throws Exception {
        server.enqueue(json(404, "{\"error\":\"Not Found\"}"));

        var metadata = TestServer.anonymous(server)
                .oauth()
                .authorizationServerMetadata()
                .execute();

        assertThat(target(taken(server))).isEqualTo("/.well-known/oauth-authorization-server");
        assertThat(metadata).isEmpty();
    }
}
