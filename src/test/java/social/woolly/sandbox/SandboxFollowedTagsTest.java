package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SandboxFollowedTagsTest {
    private static List<String> names(SandboxTestClient.Reply reply) {
        return StreamSupport.stream(reply.json().getAsJsonArray().spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .map(o -> o.get("name").getAsString())
                .toList();
    }

    @Test
    void followedTags_newestFollowFirst_pagedByLinkHeader() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            SandboxTestClient client = new SandboxTestClient(sandbox);
            String token = sandbox.issueToken("alice");
            sandbox.followTagAs("alice", "Knitting");

            SandboxTestClient.Reply first = client.get("/api/v1/followed_tags?limit=2", token);
            String next = java.util.Objects.requireNonNull(first.header("Link"))
                    .replaceFirst("^<([^>]+)>; rel=\"next\".*$", "$1");
            SandboxTestClient.Reply second = client.get(next, token);

            assertThat(first.code()).isEqualTo(200);
            assertThat(names(first)).containsExactly("knitting", "woolly");
            assertThat(names(second)).containsExactly("photography");
            assertThat(client.get("/api/v1/followed_tags", null).code()).isEqualTo(401);
        }
    }
}
