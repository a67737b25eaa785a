package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.Tag;

class TagMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private TagMethods tags() {
        return TestServer.api(server).tags();
    }

    private MockResponse followedWithLink(String link) {
        return new MockResponse.Builder(json("tags/followed.json"))
                .addHeader("Link", link)
                .build();
    }

    @Test
    void followed_sendsTokenAndLimit_andTakesCursorsFromTheLinkHeader() throws Exception {
        server.enqueue(
                followedWithLink("<https://woolly.test/api/v1/followed_tags?limit=100&max_id=T88>; rel=\"next\", "
                        + "<https://woolly.test/api/v1/followed_tags?limit=100&since_id=T91>; rel=\"prev\""));

        Page<Tag> page = tags().followed(PageCursor.newest()).execute();

        var request = taken(server);
        assertThat(target(request)).isEqualTo("/api/v1/followed_tags?limit=100");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(page.items()).extracting(Tag::name).containsExactly("Caturday", "knitting");
        assertThat(page.items().get(1).history())
                .singleElement()
                .extracting(Tag.History::uses)
                .isEqualTo("12");
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("T88"));
        assertThat(page.newer()).isEqualTo(PageCursor.since("T91"));
    }

    @Test
    void followed_withoutALinkHeader_hasNoCursors_notOnesFromTagNames() throws Exception {
        server.enqueue(json("tags/followed.json"));

        Page<Tag> page = tags().followed(PageCursor.olderThan("T88")).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/followed_tags?max_id=T88&limit=100");
        assertThat(page.items()).hasSize(2);
        assertThat(page.older()).isNull();
        assertThat(page.newer()).isNull();
    }

    @Test
    void allFollowed_followsNextLinks_upToMaxPages() throws Exception {
        server.enqueue(followedWithLink("<https://woolly.test/api/v1/followed_tags?max_id=T2>; rel=\"next\""));
        server.enqueue(followedWithLink("<https://woolly.test/api/v1/followed_tags?max_id=T1>; rel=\"next\""));
        server.enqueue(followedWithLink("<https://woolly.test/api/v1/followed_tags?max_id=T0>; rel=\"next\""));

        var all = tags().allFollowed(2).execute();

        assertThat(all).hasSize(4);
        assertThat(target(taken(server))).isEqualTo("/api/v1/followed_tags?limit=100");
        assertThat(target(taken(server))).isEqualTo("/api/v1/followed_tags?max_id=T2&limit=100");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void allFollowed_stopsWhenThereIsNoNextLink() throws Exception {
        server.enqueue(json("tags/followed.json"));

        var all = tags().allFollowed(5).execute();

        assertThat(all).extracting(Tag::name).containsExactly("Caturday", "knitting");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void followed_onAServerWithoutIt_isNotFound() {
        server.enqueue(json(404, "{\"error\":\"Not Found\"}"));

        assertThatThrownBy(() -> tags().allFollowed(5).execute()).isInstanceOf(ApiException.NotFound.class);
    }
}
