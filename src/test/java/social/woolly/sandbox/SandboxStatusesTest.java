package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxStatusesTest {
    private Sandbox sandbox;
    private SandboxTestClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        client = new SandboxTestClient(sandbox);
        token = sandbox.issueToken("alice");
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.serverErrors()).isEmpty();
        sandbox.close();
    }

    @Test
    void create_withSameIdempotencyKeyTwice_postsOnceAndReturnsTheSameStatus() {
        int before = sandbox.statusCount();
        Map<String, String> headers = Map.of("Idempotency-Key", "draft-42");
        RequestBody body =
                RequestBody.create("{\"status\":\"Hello <world> & you\"}", MediaType.get("application/json"));

        SandboxTestClient.Reply first = client.send("POST", "/api/v1/statuses", token, body, headers);
        SandboxTestClient.Reply second = client.send("POST", "/api/v1/statuses", token, body, headers);

        assertThat(first.code()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(sandbox.statusCount()).isEqualTo(before + 1);
        assertThat(first.body())
                .contains("\\u003cp\\u003eHello \\u0026lt;world\\u0026gt; \\u0026amp; you\\u003c/p\\u003e");
    }

    @Test
    void create_fromFormWithPoll_makesAPollAndAnEmptyTextIsRefused() {
        SandboxTestClient.Reply poll = client.send(
                "POST",
                "/api/v1/statuses",
                token,
                RequestBody.create(
                        "status=Tea%3F&poll[options][]=Yes&poll[options][]=No&poll[expires_in]=600",
                        MediaType.get("application/x-www-form-urlencoded")),
                Map.of());
        SandboxTestClient.Reply empty = client.postForm("/api/v1/statuses", token, Map.of("status", "  "));

        assertThat(poll.json().getAsJsonObject().getAsJsonObject("poll").getAsJsonArray("options"))
                .hasSize(2);
        assertThat(empty.code()).isEqualTo(422);
        assertThat(empty.body()).isEqualTo("{\"error\":\"Validation failed: Text can't be blank\"}");
    }

    @Test
    void mediaUpload_isProcessingUntilPolled_thenAttaches() {
        RequestBody png = RequestBody.create(SandboxFiles.avatar(0.3).png(), MediaType.get("image/png"));
        MultipartBody upload = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("file", "sheep.png", png)
                .addFormDataPart("description", "A sheep")
                .build();

        SandboxTestClient.Reply accepted = client.send("POST", "/api/v2/media", token, upload, Map.of());
        String id = accepted.json().getAsJsonObject().get("id").getAsString();
        SandboxTestClient.Reply early = client.postForm("/api/v1/statuses", token, Map.of("media_ids[]", id));
        SandboxTestClient.Reply ready = client.get("/api/v1/media/" + id, token);
        SandboxTestClient.Reply posted = client.postForm("/api/v1/statuses", token, Map.of("media_ids[]", id));

        assertThat(accepted.code()).isEqualTo(202);
        assertThat(accepted.json().getAsJsonObject().get("url").isJsonNull()).isTrue();
        assertThat(early.code()).isEqualTo(422);
        assertThat(ready.code()).isEqualTo(200);
        JsonObject media = ready.json().getAsJsonObject();
        assertThat(media.get("description").getAsString()).isEqualTo("A sheep");
        assertThat(media.getAsJsonObject("meta")
                        .getAsJsonObject("original")
                        .get("width")
                        .getAsInt())
                .isEqualTo(96);
        assertThat(media.get("blurhash").getAsString()).hasSize(4 + 2 * 11 + 2);
        assertThat(client.get(media.get("url").getAsString(), null).code()).isEqualTo(200);
        assertThat(posted.json().getAsJsonObject().getAsJsonArray("media_attachments"))
                .hasSize(1);
    }

    @Test
    void reblog_answersANewStatusWrappingTheOriginal() {
        String original = sandbox.postStatusAs("bob", "Boost me");

        SandboxTestClient.Reply reblog = client.postForm("/api/v1/statuses/" + original + "/reblog", token, Map.of());

        JsonObject wrapper = reblog.json().getAsJsonObject();
        assertThat(wrapper.get("id").getAsString()).isNotEqualTo(original);
        assertThat(wrapper.getAsJsonObject("account").get("acct").getAsString()).isEqualTo("alice");
        assertThat(wrapper.getAsJsonObject("reblog").get("id").getAsString()).isEqualTo(original);
        assertThat(wrapper.getAsJsonObject("reblog").get("reblogged").getAsBoolean())
                .isTrue();
        assertThat(wrapper.getAsJsonObject("reblog").get("reblogs_count").getAsInt())
                .isEqualTo(1);
    }

    @Test
    void edit_setsEditedAtAndKeepsHistory() {
        String id = client.postForm("/api/v1/statuses", token, Map.of("status", "Frist"))
                .json()
                .getAsJsonObject()
                .get("id")
                .getAsString();

        SandboxTestClient.Reply edited = client.send(
                "PUT",
                "/api/v1/statuses/" + id,
                token,
                RequestBody.create("{\"status\":\"First\"}", MediaType.get("application/json")),
                Map.of());

        assertThat(edited.json().getAsJsonObject().get("edited_at").isJsonNull())
                .isFalse();
        assertThat(edited.json().getAsJsonObject().get("content").getAsString()).isEqualTo("<p>First</p>");
        assertThat(client.get("/api/v1/statuses/" + id + "/history", token)
                        .json()
                        .getAsJsonArray())
                .hasSize(2);
        assertThat(client.get("/api/v1/statuses/" + id + "/source", token)
                        .json()
                        .getAsJsonObject()
                        .get("text")
                        .getAsString())
                .isEqualTo("First");
    }
}
