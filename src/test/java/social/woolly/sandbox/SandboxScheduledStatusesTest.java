package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.testing.MovableClock;

class SandboxScheduledStatusesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private Sandbox sandbox;
    private SandboxTestClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(
                SandboxOptions.builder().clock(new MovableClock(NOW)).build());
        client = new SandboxTestClient(sandbox);
        token = sandbox.issueToken("alice");
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.serverErrors()).isEmpty();
        sandbox.close();
    }

    private SandboxTestClient.Reply schedule(Duration ahead) {
        return client.postJson(
                "/api/v1/statuses", token, "{\"status\":\"Later\",\"scheduled_at\":\"" + NOW.plus(ahead) + "\"}");
    }

    @Test
    void schedule_thenListAndCancel() {
        int statuses = sandbox.statusCount();

        SandboxTestClient.Reply scheduled = schedule(Duration.ofHours(1));
        String id = scheduled.json().getAsJsonObject().get("id").getAsString();
        SandboxTestClient.Reply listed = client.get("/api/v1/scheduled_statuses", token);
        SandboxTestClient.Reply cancelled =
                client.send("DELETE", "/api/v1/scheduled_statuses/" + id, token, null, Map.of());

        assertThat(scheduled
                        .json()
                        .getAsJsonObject()
                        .getAsJsonObject("params")
                        .get("text")
                        .getAsString())
                .isEqualTo("Later");
        assertThat(listed.json().getAsJsonArray()).hasSize(1);
        assertThat(cancelled.code()).isEqualTo(200);
        assertThat(sandbox.scheduledStatusCount()).isZero();
        assertThat(sandbox.statusCount()).isEqualTo(statuses);
    }

    @Test
    void schedule_tooSoon_is422_andInThePast_postsNow() {
        int statuses = sandbox.statusCount();

        SandboxTestClient.Reply soon = schedule(Duration.ofMinutes(5));
        SandboxTestClient.Reply past = schedule(Duration.ofMinutes(-1));

        assertThat(soon.code()).isEqualTo(422);
        assertThat(soon.body()).contains("The scheduled date must be in the future");
        assertThat(past.json().getAsJsonObject().get("content").getAsString()).isEqualTo("<p>Later</p>");
        assertThat(sandbox.statusCount()).isEqualTo(statuses + 1);
        assertThat(client.get("/api/v1/scheduled_statuses", token).json().getAsJsonArray())
                .isEmpty();
    }
}
