package social.woolly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SandboxTimelinesTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

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
    void homeTimeline_followingNextLinks_visitsEveryStatusOnceNewestFirst() {
        List<Long> small = collect("/api/v1/timelines/home?limit=7");
        List<Long> large = collect("/api/v1/timelines/home?limit=40");

        assertThat(small)
                .hasSizeGreaterThan(40)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(small).isEqualTo(large);
    }

    @Test
    void minId_returnsThePageImmediatelyNewerStillNewestFirst() {
        List<JsonElement> all = new ArrayList<>();
        client.get("/api/v1/timelines/public?limit=40", null)
                .json()
                .getAsJsonArray()
                .forEach(all::add);
        String cursor = all.get(10).getAsJsonObject().get("id").getAsString();

        SandboxTestClient.Reply page = client.get("/api/v1/timelines/public?limit=3&min_id=" + cursor, null);
        SandboxTestClient.Reply since = client.get("/api/v1/timelines/public?limit=3&since_id=" + cursor, null);

        assertThat(page.json().getAsJsonArray().asList()).containsExactly(all.get(7), all.get(8), all.get(9));
        assertThat(since.json().getAsJsonArray().asList()).containsExactly(all.get(0), all.get(1), all.get(2));
        assertThat(page.header("Link"))
                .contains("max_id=" + all.get(9).getAsJsonObject().get("id").getAsString() + ">; rel=\"next\"")
                .contains("min_id=" + all.get(7).getAsJsonObject().get("id").getAsString() + ">; rel=\"prev\"")
                .contains("limit=3");
    }

    @Test
    void localTimeline_holdsOnlyLocalPublicOriginals() {
        SandboxTestClient.Reply page = client.get("/api/v1/timelines/public?local=true&limit=40", null);

        assertThat(page.json().getAsJsonArray().asList()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getAsJsonObject()
                            .getAsJsonObject("account")
                            .get("acct")
                            .getAsString())
                    .doesNotContain("@");
            assertThat(s.getAsJsonObject().get("visibility").getAsString()).isEqualTo("public");
            assertThat(s.getAsJsonObject().get("reblog").isJsonNull()).isTrue();
        });
    }

    @Test
    void tagTimeline_holdsStatusesWithTheTag() {
        SandboxTestClient.Reply page = client.get("/api/v1/timelines/tag/WOOLLY", token);

        assertThat(page.json().getAsJsonArray().asList())
                .isNotEmpty()
                .allSatisfy(s ->
                        assertThat(s.getAsJsonObject().get("tags").toString()).contains("\"name\":\"woolly\""));
    }

    @Test
    void paging_withLinkHeadersSwitchedOff_sendsNoLink() throws Exception {
        try (Sandbox plain =
                Sandbox.start(SandboxOptions.builder().linkHeaders(false).build())) {
            SandboxTestClient.Reply page = new SandboxTestClient(plain).get("/api/v1/timelines/public?limit=2", null);

            assertThat(page.json().getAsJsonArray()).hasSize(2);
            assertThat(page.header("Link")).isNull();
        }
    }

    private static long id(JsonElement status) {
        return Long.parseLong(status.getAsJsonObject().get("id").getAsString());
    }

    private static @Nullable String next(SandboxTestClient.Reply page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? m.group(1) : null;
    }

    private static List<Long> collect(String first) {
        List<Long> ids = new ArrayList<>();
        String url = first;
        while (url != null) {
            SandboxTestClient.Reply page = client.get(url, token);
            assertThat(page.code()).isEqualTo(200);
            page.json().getAsJsonArray().forEach(s -> ids.add(id(s)));
            url = page.json().getAsJsonArray().isEmpty() ? null : next(page);
        }
        return ids;
    }
}
