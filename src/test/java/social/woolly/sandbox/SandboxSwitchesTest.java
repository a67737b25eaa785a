package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxSwitchesTest {

    @Test
    void opaqueIds_areNonNumericAndStillPage() throws Exception {
        try (Sandbox sandbox =
                Sandbox.start(SandboxOptions.builder().opaqueIds(true).build())) {
            SandboxTestClient client = new SandboxTestClient(sandbox);
            List<JsonElement> all = client.get("/api/v1/timelines/public?limit=10", null)
                    .json()
                    .getAsJsonArray()
                    .asList();
            String third = all.get(2).getAsJsonObject().get("id").getAsString();

            List<JsonElement> older = client.get("/api/v1/timelines/public?limit=2&max_id=" + third, null)
                    .json()
                    .getAsJsonArray()
                    .asList();

            assertThat(all)
                    .allSatisfy(s -> assertThat(s.getAsJsonObject().get("id").getAsString())
                            .matches("[A-Za-z0-9]{11}")
                            .matches(".*[A-Za-z].*"));
            assertThat(older).containsExactly(all.get(3), all.get(4));
            assertThat(client.get("/api/v1/statuses/1", null).code()).isEqualTo(404);
            assertThat(client.get("/api/v1/accounts/" + sandbox.accountId("alice"), null)
                            .code())
                    .isEqualTo(200);
        }
    }

    @Test
    void htmlErrors_sendHtmlBodiesWithTheSameStatus() throws Exception {
        try (Sandbox sandbox =
                Sandbox.start(SandboxOptions.builder().htmlErrors(true).build())) {
            SandboxTestClient.Reply reply = new SandboxTestClient(sandbox).get("/api/v1/timelines/home", null);

            assertThat(reply.code()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.body()).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void v2Switch_off_hidesTheV2EndpointsAndReportsAnOlderVersion() throws Exception {
        try (Sandbox sandbox =
                Sandbox.start(SandboxOptions.builder().v2Endpoints(false).build())) {
            SandboxTestClient client = new SandboxTestClient(sandbox);
            String token = sandbox.issueToken("alice");

            assertThat(client.get("/api/v2/instance", null).code()).isEqualTo(404);
            assertThat(client.get("/api/v2/notifications", token).code()).isEqualTo(404);
            assertThat(client.get("/api/v1/instance", null)
                            .json()
                            .getAsJsonObject()
                            .get("version")
                            .getAsString())
                    .startsWith("3.");
        }
    }

    @Test
    void failNext_answersOnceWithTheInjectedFailure() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            SandboxTestClient client = new SandboxTestClient(sandbox);
            sandbox.failNext("/api/v1/instance", 502, "<html><body>Bad gateway</body></html>");

            SandboxTestClient.Reply failed = client.get("/api/v1/instance", null);
            SandboxTestClient.Reply next = client.get("/api/v1/instance", null);

            assertThat(failed.code()).isEqualTo(502);
            assertThat(failed.header("Content-Type")).startsWith("text/html");
            assertThat(next.code()).isEqualTo(200);
        }
    }

    @Test
    void responseDelay_holdsEachResponseBack() throws Exception {
        try (Sandbox sandbox = Sandbox.start(
                SandboxOptions.builder().responseDelay(Duration.ofMillis(300)).build())) {
            long start = System.nanoTime();
            new SandboxTestClient(sandbox).get("/api/v1/instance", null);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }
}
