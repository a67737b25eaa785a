package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import java.time.Clock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.Status;

class SavedStatusMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SavedStatusMethods saved() {
        HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.getPort());
        return new SavedStatusMethods(
                new Requests(TestServer.CLIENT, base, AccessToken.of(TestServer.TOKEN), Clock.systemUTC()));
    }

    @Test
    void bookmarks_takeCursorsFromTheLinkHeader_notFromStatusIds() throws Exception {
        server.enqueue(new MockResponse.Builder(json("timeline-model/bookmarks.json"))
                .addHeader(
                        "Link",
                        "<https://woolly.test/api/v1/bookmarks?max_id=8841>; rel=\"next\", "
                                + "<https://woolly.test/api/v1/bookmarks?min_id=9107>; rel=\"prev\"")
                .build());

        Page<Status> page = saved().bookmarks(PageCursor.newest()).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/bookmarks?limit=40");
        assertThat(page.items()).extracting(Status::id).containsExactly("113500000000000777", "109000000000000001");
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("8841"));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("9107"));
    }

    private void enqueueBookmarksBefore(String time) {
        server.enqueue(new MockResponse.Builder(json("timeline-model/bookmarks.json"))
                .addHeader("Link", "<https://woolly.test/api/v1/bookmarks?before=" + time + "&limit=40>; rel=\"next\"")
                .build());
    }

    @Test
    void bookmarks_nextLinkWithAnUnknownCursor_isReplayedAsItIs() throws Exception {
        // Audit F7: Hollo pages bookmarks and favourites with before=<ISO time>, not max_id.
        enqueueBookmarksBefore("2025-01-01T00%3A00%3A00.000Z");
        enqueueBookmarksBefore("2024-06-01T00%3A00%3A00.000Z");
        enqueueBookmarksBefore("2024-06-01T00%3A00%3A00.000Z");
        var bookmarks = saved();

        Page<Status> first = bookmarks.bookmarks(PageCursor.newest()).execute();
        Page<Status> second = bookmarks.bookmarks(first.older()).execute();
        Page<Status> third = bookmarks.bookmarks(second.older()).execute();

        assertThat(first.older()).isNotNull();
        assertThat(first.older().isNewest()).isFalse();
        taken(server);
        assertThat(target(taken(server))).isEqualTo("/api/v1/bookmarks?before=2025-01-01T00%3A00%3A00.000Z&limit=40");
        assertThat(target(taken(server))).isEqualTo("/api/v1/bookmarks?before=2024-06-01T00%3A00%3A00.000Z&limit=40");
        assertThat(third.older())
                .as("a link to the page just fetched ends the paging")
                .isNull();
    }

    @Test
    void bookmarks_withoutALinkHeader_haveNoCursors() throws Exception {
        server.enqueue(json("timeline-model/bookmarks.json"));

        Page<Status> page = saved().bookmarks(PageCursor.olderThan("8841")).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/bookmarks?max_id=8841&limit=40");
        assertThat(page.items()).hasSize(2);
        assertThat(page.older()).isNull();
        assertThat(page.newer()).isNull();
    }

    @Test
    void favourites_pageByLinkHeaderToo() throws Exception {
        server.enqueue(new MockResponse.Builder(json("timeline-model/bookmarks.json"))
                .addHeader("Link", "<https://woolly.test/api/v1/favourites?max_id=ZZ1>; rel=\"next\"")
                .build());

        Page<Status> page = saved().favourites(PageCursor.newerThan("Q7")).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/favourites?min_id=Q7&limit=40");
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("ZZ1"));
        assertThat(page.newer()).isNull();
    }
}
