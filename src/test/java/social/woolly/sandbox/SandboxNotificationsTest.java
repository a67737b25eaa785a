package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SandboxNotificationsTest {
    private static Sandbox sandbox;
    private static SandboxTestClient client;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start();
        client = new SandboxTestClient(sandbox);
        token = sandbox.issueToken("alice");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void groupedNotifications_groupFavouritesOfOneStatus() {
        JsonObject page =
                client.get("/api/v2/notifications?limit=40", token).json().getAsJsonObject();

        List<JsonElement> groups = page.getAsJsonArray("notification_groups").asList();
        JsonObject favourites = groups.stream()
                .map(JsonElement::getAsJsonObject)
                .filter(g -> g.get("type").getAsString().equals("favourite")
                        && g.get("notifications_count").getAsInt() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(favourites.getAsJsonArray("sample_account_ids")).hasSize(3);
        assertThat(page.getAsJsonArray("statuses").toString())
                .contains(favourites.get("status_id").getAsString());
        assertThat(groups.stream().map(g -> g.getAsJsonObject().get("type").getAsString()))
                .contains("mention", "reblog", "follow");
    }

    @Test
    void mentionByASeededUser_appearsFirstInV1Notifications() {
        String id = sandbox.postStatusAs("carol", "@alice look at this!");

        List<JsonElement> page = client.get("/api/v1/notifications?types[]=mention&limit=5", token)
                .json()
                .getAsJsonArray()
                .asList();

        JsonObject newest = page.getFirst().getAsJsonObject();
        assertThat(newest.get("type").getAsString()).isEqualTo("mention");
        assertThat(newest.getAsJsonObject("status").get("id").getAsString()).isEqualTo(id);
        assertThat(page)
                .allSatisfy(n -> assertThat(n.getAsJsonObject().get("type").getAsString())
                        .isEqualTo("mention"));
    }

    @Test
    void markers_roundTripTheLastReadId() {
        client.postForm("/api/v1/markers", token, Map.of("home[last_read_id]", "12345"));

        JsonObject markers = client.get("/api/v1/markers?timeline[]=home&timeline[]=notifications", token)
                .json()
                .getAsJsonObject();

        assertThat(markers.getAsJsonObject("home").get("last_read_id").getAsString())
                .isEqualTo("12345");
        assertThat(markers.has("notifications")).isFalse();
    }
}
