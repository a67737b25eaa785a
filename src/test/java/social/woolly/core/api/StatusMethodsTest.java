package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.body;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.model.Instance;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ServerInfo;
import social.woolly.core.model.Status;
import social.woolly.core.model.Visibility;

class StatusMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void create_fullDraft_postsJsonWithIdempotencyKey() throws Exception {
        server.enqueue(json("statuses/status.json"));
        NewStatus draft = NewStatus.builder("Seeds in by April")
                .spoilerText("spring plans")
                .visibility(Visibility.UNLISTED)
                .sensitive(true)
                .language("en")
                .inReplyToId("01HV7Z9X3K8Q2M4N6P8R0T2V4W")
                .poll(new NewStatus.Poll(List.of("Tomatoes", "Beans"), Duration.ofHours(24), true, false))
                .quotedStatusId("AkQuOtE1")
                .build();

        Status posted =
                TestServer.api(server).statuses().create(draft, "draft-7f3a").execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/api/v1/statuses");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("draft-7f3a");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JsonParser.parseString(body(request))).isEqualTo(JsonParser.parseString("""
                        {"status":"Seeds in by April","spoiler_text":"spring plans","sensitive":true,
                         "language":"en","poll":{"options":["Tomatoes","Beans"],"expires_in":86400,
                         "multiple":true,"hide_totals":false},"visibility":"unlisted",
                         "in_reply_to_id":"01HV7Z9X3K8Q2M4N6P8R0T2V4W","quoted_status_id":"AkQuOtE1"}
                        """));
        assertThat(posted.id()).isEqualTo("113500000000000042");
    }

    @Test
    void create_withMedia_sendsMediaIdsAndLeavesDefaultsOut() throws Exception {
        server.enqueue(json("statuses/status.json"));

        TestServer.api(server)
                .statuses()
                .create(NewStatus.builder("look").mediaIds(List.of("m1", "m2")).build(), "k1")
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))))
                .isEqualTo(JsonParser.parseString(
                        "{\"status\":\"look\",\"sensitive\":false,\"media_ids\":[\"m1\",\"m2\"]}"));
    }

    @Test
    void create_mediaOnlyDraft_leavesStatusOut() throws Exception {
        // Audit F4: Hollo answers 422 to "status":"" on a post with media and no text.
        server.enqueue(json("statuses/status.json"));

        TestServer.api(server)
                .statuses()
                .create(NewStatus.builder("  ").mediaIds(List.of("m1")).build(), "k1")
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))))
                .isEqualTo(JsonParser.parseString("{\"sensitive\":false,\"media_ids\":[\"m1\"]}"));
    }

    @Test
    void edit_blankText_leavesStatusOut() throws Exception {
        server.enqueue(json("statuses/status.json"));

        TestServer.api(server)
                .statuses()
                .edit(
                        "113500000000000042",
                        NewStatus.builder("").mediaIds(List.of("m1")).build())
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))).getAsJsonObject().has("status"))
                .isFalse();
    }

    @Test
    void create_retriedWithTheSameKey_sendsTheSameKey() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json("statuses/status.json"));
        var statuses = TestServer.api(server).statuses();
        NewStatus draft = NewStatus.of("once");

        assertThatThrownBy(() -> statuses.create(draft, "same-key").execute())
                .isInstanceOf(ApiException.ServerTrouble.class);
        statuses.create(draft, "same-key").execute();

        assertThat(taken(server).getHeaders().get("Idempotency-Key")).isEqualTo("same-key");
        assertThat(taken(server).getHeaders().get("Idempotency-Key")).isEqualTo("same-key");
    }

    @Test
    void create_scheduledDraft_isRefusedBeforeSending() {
        NewStatus draft = NewStatus.builder("later")
                .scheduledAt(Instant.parse("2025-04-01T08:00:00Z"))
                .build();

        assertThatThrownBy(() -> TestServer.api(server).statuses().create(draft, "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void schedule_sendsScheduledAtAndReadsScheduledStatus() throws Exception {
        server.enqueue(json("statuses/scheduled.json"));
        NewStatus draft = NewStatus.builder("later")
                .scheduledAt(Instant.parse("2025-04-01T08:00:00Z"))
                .build();

        var answer = TestServer.api(server).statuses().schedule(draft, "k2").execute();

        assertThat(JsonParser.parseString(body(taken(server)))
                        .getAsJsonObject()
                        .get("scheduled_at")
                        .getAsString())
                .isEqualTo("2025-04-01T08:00:00Z");
        assertThat(answer).isInstanceOfSatisfying(StatusMethods.Scheduling.Later.class, later -> {
            assertThat(later.scheduled().id()).isEqualTo("3221");
            assertThat(later.scheduled().scheduledAt()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        });
    }

    @Test
    void schedule_answeredWithAStatus_isPublishedNow() throws Exception {
        // Audit F3: Hollo ignores scheduled_at, publishes at once and answers with the Status.
        server.enqueue(json("statuses/status.json"));
        NewStatus draft = NewStatus.builder("later")
                .scheduledAt(Instant.parse("2025-04-01T08:00:00Z"))
                .build();

        var answer = TestServer.api(server).statuses().schedule(draft, "k2").execute();

        assertThat(answer)
                .isInstanceOfSatisfying(
                        StatusMethods.Scheduling.Now.class,
                        now -> assertThat(now.status().id()).isEqualTo("113500000000000042"));
    }

    @Test
    void edit_putsOnlyEditableFields_withMediaIdsAlways() throws Exception {
        server.enqueue(json("statuses/status.json"));
        NewStatus content = NewStatus.builder("fixed typo")
                .visibility(Visibility.PUBLIC)
                .inReplyToId("ignored")
                .build();

        TestServer.api(server).statuses().edit("113500000000000042", content).execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(target(request)).isEqualTo("/api/v1/statuses/113500000000000042");
        assertThat(JsonParser.parseString(body(request)))
                .isEqualTo(JsonParser.parseString("{\"status\":\"fixed typo\",\"sensitive\":false,\"media_ids\":[]}"));
    }

    @Test
    void delete_sendsDeleteAndReadsSourceText() throws Exception {
        server.enqueue(json(
                200, Fixtures.text("statuses/status.json").replace("\"language\"", "\"text\": \"src\", \"language\"")));

        Status deleted = TestServer.api(server).statuses().delete("AbC9").execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(target(request)).isEqualTo("/api/v1/statuses/AbC9");
        assertThat(deleted.text()).isEqualTo("src");
    }

    @Test
    void getContextAndSource_useTheirPaths() throws Exception {
        server.enqueue(json("statuses/status.json"));
        server.enqueue(json("statuses/context.json"));
        server.enqueue(json("statuses/source.json"));
        var statuses = TestServer.api(server).statuses();

        statuses.get("s1").execute();
        var context = statuses.context("s1").execute();
        var source = statuses.source("s1").execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/statuses/s1");
        assertThat(target(taken(server))).isEqualTo("/api/v1/statuses/s1/context");
        assertThat(target(taken(server))).isEqualTo("/api/v1/statuses/s1/source");
        assertThat(context.ancestors()).extracting(Status::id).containsExactly("c1");
        assertThat(context.descendants()).extracting(Status::id).containsExactly("c3", "c4");
        assertThat(source.spoilerText()).isEqualTo("spring plans");
    }

    @ParameterizedTest
    @ValueSource(strings = {"favourite", "unfavourite", "reblog", "unreblog", "bookmark", "unbookmark"})
    void action_postsToItsPath(String verb) throws Exception {
        server.enqueue(json("statuses/status.json"));
        var statuses = TestServer.api(server).statuses();
        BiFunction<StatusMethods, String, ApiCall<Status>> action = switch (verb) {
            case "favourite" -> StatusMethods::favourite;
            case "unfavourite" -> StatusMethods::unfavourite;
            case "reblog" -> StatusMethods::reblog;
            case "unreblog" -> StatusMethods::unreblog;
            case "bookmark" -> StatusMethods::bookmark;
            default -> StatusMethods::unbookmark;
        };

        action.apply(statuses, "01HV7Z").execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/api/v1/statuses/01HV7Z/" + verb);
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void vote_postsChoices_andGetPollReadsIt() throws Exception {
        server.enqueue(json("statuses/poll.json"));
        server.enqueue(json("statuses/poll.json"));
        var statuses = TestServer.api(server).statuses();

        var voted = statuses.vote("34830", List.of(0, 2)).execute();
        statuses.poll("34830").execute();

        var vote = taken(server);
        assertThat(vote.getMethod()).isEqualTo("POST");
        assertThat(target(vote)).isEqualTo("/api/v1/polls/34830/votes");
        assertThat(JsonParser.parseString(body(vote))).isEqualTo(JsonParser.parseString("{\"choices\":[0,2]}"));
        assertThat(target(taken(server))).isEqualTo("/api/v1/polls/34830");
        assertThat(voted.votersCount()).isNull();
        assertThat(voted.ownVotes()).containsExactly(0);
    }

    @Test
    void vote_onSnac_sendsChoicesAsStrings() throws Exception {
        // snac reads each choice with atoi(), which makes a JSON number 0: audit A1.
        server.enqueue(json("statuses/poll.json"));

        TestServer.api(server)
                .statuses()
                .vote("34830", List.of(0, 2), serverWithVersion("4.0.0 (not true; really snac/2.75)"))
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))))
                .isEqualTo(JsonParser.parseString("{\"choices\":[\"0\",\"2\"]}"));
    }

    @Test
    void vote_onMastodon_sendsChoicesAsNumbers() throws Exception {
        server.enqueue(json("statuses/poll.json"));

        TestServer.api(server)
                .statuses()
                .vote("34830", List.of(0, 2), serverWithVersion("4.4.3"))
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))))
                .isEqualTo(JsonParser.parseString("{\"choices\":[0,2]}"));
    }

    private static ServerInfo serverWithVersion(String version) throws ApiException {
        var instance = new com.google.gson.JsonObject();
        instance.addProperty("version", version);
        return ServerInfo.from(Json.read(instance.toString(), Instance.class));
    }
}
