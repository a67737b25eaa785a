package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AccountMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void verifyCredentials_getsOwnAccountWithSource() throws Exception {
        server.enqueue(json("accounts/credentials.json"));

        var account = TestServer.api(server).accounts().verifyCredentials().execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(target(request)).isEqualTo("/api/v1/accounts/verify_credentials");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(account.source()).isNotNull();
    }

    @Test
    void getAndLookup_useIdAndAcct() throws Exception {
        server.enqueue(json("accounts/account.json"));
        server.enqueue(json("accounts/account.json"));
        var accounts = TestServer.api(server).accounts();

        accounts.get("AbC9xyzQ").execute();
        var found = accounts.lookup("moss@lichen.example").execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/AbC9xyzQ");
        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/lookup?acct=moss%40lichen.example");
        assertThat(found.acct()).isEqualTo("moss@lichen.example");
    }

    @Test
    void statuses_pagesWithLimit() throws Exception {
        server.enqueue(json("timelines/home.json"));

        var page = TestServer.api(server)
                .accounts()
                .statuses("AbC9xyzQ", PageCursor.olderThan("77"))
                .execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/AbC9xyzQ/statuses?max_id=77&limit=40");
        assertThat(page.items()).hasSize(3);
    }

    @Test
    void relationships_repeatsIdParameter() throws Exception {
        server.enqueue(json("accounts/relationships.json"));

        var relationships = TestServer.api(server)
                .accounts()
                .relationships(List.of("AbC9xyzQ", "42"))
                .execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/relationships?id%5B%5D=AbC9xyzQ&id%5B%5D=42");
        assertThat(relationships).singleElement().satisfies(r -> {
            assertThat(r.following()).isTrue();
            assertThat(r.followedBy()).isTrue();
            assertThat(r.languages()).containsExactly("en", "de");
            assertThat(r.note()).isEqualTo("met at the moss meetup");
        });
    }

    @Test
    void followAndUnfollow_post() throws Exception {
        server.enqueue(json("accounts/relationship.json"));
        server.enqueue(json("accounts/relationship.json"));
        var accounts = TestServer.api(server).accounts();

        var followed = accounts.follow("AbC9xyzQ").execute();
        accounts.unfollow("AbC9xyzQ").execute();

        var follow = taken(server);
        assertThat(follow.getMethod()).isEqualTo("POST");
        assertThat(target(follow)).isEqualTo("/api/v1/accounts/AbC9xyzQ/follow");
        var unfollow = taken(server);
        assertThat(unfollow.getMethod()).isEqualTo("POST");
        assertThat(target(unfollow)).isEqualTo("/api/v1/accounts/AbC9xyzQ/unfollow");
        assertThat(followed.notifying()).isTrue();
        assertThat(followed.requestedBy()).isFalse();
    }

    @Test
    void getWithHandle_idUnknown_resolvesTheHandleBySearch() throws Exception {
        // snac's mention ids are list positions ("0"): audit A2. Its lookup knows only local users.
        server.enqueue(json(404, "{\"error\":\"Record not found\"}"));
        server.enqueue(json(404, "{\"error\":\"Record not found\"}"));
        server.enqueue(json("search/results.json"));

        var found = TestServer.api(server)
                .accounts()
                .get("0", "moss@lichen.example")
                .execute();

        assertThat(found.id()).isEqualTo("AbC9xyzQ");
        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/0");
        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/lookup?acct=moss%40lichen.example");
        assertThat(target(taken(server)))
                .isEqualTo("/api/v2/search?q=moss%40lichen.example&resolve=true&limit=1&type=accounts");
    }

    @Test
    void getWithHandle_idUnknown_takesTheLookup() throws Exception {
        server.enqueue(json(404, "{\"error\":\"Record not found\"}"));
        server.enqueue(json("accounts/account.json"));

        var found = TestServer.api(server).accounts().get("1", "@moss").execute();

        assertThat(found.id()).isEqualTo("AbC9xyzQ");
        taken(server);
        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/lookup?acct=moss");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void getWithHandle_idKnown_asksOnce() throws Exception {
        server.enqueue(json("accounts/account.json"));

        var found = TestServer.api(server)
                .accounts()
                .get("AbC9xyzQ", "moss@lichen.example")
                .execute();

        assertThat(found.acct()).isEqualTo("moss@lichen.example");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void byHandle_searchFindsSomeoneElse_isNotFound() throws Exception {
        server.enqueue(json(404, "{\"error\":\"Record not found\"}"));
        server.enqueue(json("search/results.json"));

        var call = TestServer.api(server).accounts().byHandle("mo@lichen.example");

        assertThatThrownBy(call::execute).isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void byHandle_tokenRefused_doesNotSearch() throws Exception {
        server.enqueue(json(401, "{\"error\":\"The access token is invalid\"}"));

        var call = TestServer.api(server).accounts().byHandle("moss");

        assertThatThrownBy(call::execute).isInstanceOf(ApiException.Unauthorized.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void search_asksV1WithoutResolving() throws Exception {
        server.enqueue(json(200, "[" + Fixtures.text("accounts/account.json") + "]"));

        var found = TestServer.api(server).accounts().search("mo", 8).execute();

        assertThat(found).extracting(a -> a.acct()).containsExactly("moss@lichen.example");
        assertThat(target(taken(server))).isEqualTo("/api/v1/accounts/search?q=mo&limit=8&resolve=false");
    }
}
