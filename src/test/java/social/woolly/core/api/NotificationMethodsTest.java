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
import social.woolly.core.model.Notification;
import social.woolly.core.model.NotificationType;

class NotificationMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void list_getsV1WithLimitAndDerivesCursors() throws Exception {
        server.enqueue(json("notifications/list.json"));

        var page =
                TestServer.api(server).notifications().list(PageCursor.newest()).execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(target(request)).isEqualTo("/api/v1/notifications?limit=40");
        assertThat(page.items()).extracting(Notification::type).contains(NotificationType.UNKNOWN);
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("AkN0t1f"));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("34975861"));
    }

    @Test
    void get_readsOne() throws Exception {
        server.enqueue(json(200, "{\"id\":\"5\",\"type\":\"follow\",\"account\":{\"id\":\"1\"}}"));

        var notification = TestServer.api(server).notifications().get("5").execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/notifications/5");
        assertThat(notification.type()).isEqualTo(NotificationType.FOLLOW);
    }

    @Test
    void grouped_getsV2WithGroupedTypesAndLinkCursors() throws Exception {
        server.enqueue(new MockResponse.Builder(json("notifications/grouped.json"))
                .addHeader(
                        "Link",
                        "<https://woolly.test/api/v2/notifications?limit=40&max_id=196012>; rel=\"next\", "
                                + "<https://woolly.test/api/v2/notifications?limit=40&min_id=196014>; rel=\"prev\"")
                .build());

        var page = TestServer.api(server)
                .notifications()
                .grouped(PageCursor.olderThan("196100"))
                .execute();

        assertThat(target(taken(server)))
                .isEqualTo("/api/v2/notifications?max_id=196100&limit=40&grouped_types%5B%5D=favourite"
                        + "&grouped_types%5B%5D=follow&grouped_types%5B%5D=reblog&grouped_types%5B%5D=admin.sign_up");
        assertThat(page.results().notificationGroups()).hasSize(2);
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("196012"));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("196014"));
    }

    @Test
    void grouped_withoutLinkHeader_derivesCursorsFromPageIds() throws Exception {
        server.enqueue(json("notifications/grouped.json"));

        var page = TestServer.api(server)
                .notifications()
                .grouped(PageCursor.newest())
                .execute();

        assertThat(page.older()).isEqualTo(PageCursor.olderThan("196010"));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("196014"));
    }

    @Test
    void grouped_onServerWithoutV2_isNotFound() {
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .setHeader("Content-Type", "text/html")
                .body("<html>Not Found</html>")
                .build());

        assertThatThrownBy(() -> TestServer.api(server)
                        .notifications()
                        .grouped(PageCursor.newest())
                        .execute())
                .isInstanceOf(ApiException.NotFound.class);
    }
}
