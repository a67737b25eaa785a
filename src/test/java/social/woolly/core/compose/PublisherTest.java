package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.OkHttpClients;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Status;
import social.woolly.core.model.Visibility;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.sandbox.SandboxRequest;
import social.woolly.testing.MovableClock;

/** Sending drafts, on the wire against the sandbox (issue #5: "Wire tests"). */
class PublisherTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final OkHttpClient CLIENT = OkHttpClients.create(true);
    private static final String ALICE = "alice@sandbox";

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MastodonApi api;
    private final List<Duration> pauses = new ArrayList<>();
    private final Recorder listener = new Recorder();

    /** Remembers what a publish told its listener. */
    static final class Recorder implements Publisher.Listener {
        final List<Draft> drafts = new ArrayList<>();
        final List<String> steps = new ArrayList<>();

        @Override
        public void draftChanged(Draft draft) {
            drafts.add(draft);
        }

        @Override
        public void mediaStep(int index, Publisher.MediaStep step) {
            steps.add(index + ":" + step);
        }

        Draft last() {
            return drafts.getLast();
        }
    }

    private void start(SandboxOptions.Builder options, OkHttpClient client) throws IOException {
        sandbox = Sandbox.start(options.clock(new MovableClock(NOW)).build());
        api = new MastodonClient(client)
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
    }

    private void start() throws IOException {
        start(SandboxOptions.builder(), CLIENT);
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.serverErrors()).isEmpty();
        sandbox.close();
    }

    private Publisher publisher() {
        return new Publisher(api, pauses::add, Publisher.DEFAULT_PROCESSING_TIMEOUT);
    }

    private Draft draft(String text) {
        return Draft.blank(ALICE, NOW).toBuilder().text(text).build();
    }

    private Path png() throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0xFFCC00);
        Path file = dir.resolve("sheep.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static JsonObject body(SandboxRequest request) {
        return JsonParser.parseString(request.body()).getAsJsonObject();
    }

    private List<SandboxRequest> posts() {
        return sandbox.requests("/api/v1/statuses").stream()
                .filter(r -> r.method().equals("POST"))
                .toList();
    }

    @Test
    void publish_withEveryOption_sendsThemAllWithTheDraftsKey() throws Exception {
        start();
        String question = sandbox.postStatusAs("bob", "Tea or coffee?");
        Draft draft = draft("@bob Tea, always.").toBuilder()
                .spoilerText("drinks")
                .visibility(Visibility.UNLISTED)
                .language("de")
                .sensitive(true)
                .inReplyToId(question)
                .quotedStatusId("777")
                .poll(new NewStatus.Poll(List.of("Tea", "Coffee", "Both"), Duration.ofHours(1), true, true))
                .build();

        Published published = publisher().publish(draft, listener).execute();

        assertThat(published).isInstanceOfSatisfying(Published.Posted.class, posted -> {
            Status status = posted.status();
            assertThat(status.spoilerText()).isEqualTo("drinks");
            assertThat(status.visibility()).isEqualTo(Visibility.UNLISTED);
            assertThat(status.language()).isEqualTo("de");
            assertThat(status.sensitive()).isTrue();
            assertThat(status.inReplyToId()).isEqualTo(question);
            assertThat(status.poll().options()).hasSize(3);
            assertThat(status.poll().multiple()).isTrue();
        });
        SandboxRequest post = posts().getLast();
        assertThat(post.header("Idempotency-Key")).isEqualTo(draft.idempotencyKey());
        JsonObject sent = body(post);
        assertThat(sent.get("quoted_status_id").getAsString()).isEqualTo("777");
        assertThat(sent.getAsJsonObject("poll").get("expires_in").getAsLong()).isEqualTo(3600);
        assertThat(sent.getAsJsonObject("poll").get("hide_totals").getAsBoolean())
                .isTrue();
        assertThat(listener.drafts).as("nothing to upload").isEmpty();
    }

    @Test
    void publish_mediaStillProcessing_pollsWithGrowingPausesThenPosts() throws Exception {
        start(SandboxOptions.builder().mediaProcessingPolls(2), CLIENT);
        Draft draft = draft("Look").toBuilder()
                .media(List.of(DraftMedia.ofFile(png(), "image/png")
                        .withDescription("A sheep")
                        .withFocus(new MediaMeta.Focus(0.5, -0.25))))
                .build();

        Published published = publisher().publish(draft, listener).execute();

        Status status = ((Published.Posted) published).status();
        assertThat(status.mediaAttachments()).singleElement().satisfies(media -> {
            assertThat(media.description()).isEqualTo("A sheep");
            assertThat(media.meta().focus()).isEqualTo(new MediaMeta.Focus(0.5, -0.25));
            assertThat(media.id()).isEqualTo(listener.last().media().getFirst().mediaId());
        });
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(listener.steps).containsExactly("0:UPLOADING", "0:PROCESSING", "0:READY");
        assertThat(listener.last().media().getFirst().synced()).isTrue();
        assertThat(sandbox.requests("/api/v2/media")).hasSize(1);
        assertThat(sandbox.requests(
                        "/api/v1/media/" + status.mediaAttachments().getFirst().id()))
                .hasSize(3);
    }

    @Test
    void publish_mediaThatStaysProcessing_postsAfterTheTimeoutAndFailsWithTheServersReason() throws Exception {
        start(SandboxOptions.builder().mediaProcessingPolls(1000), CLIENT);
        Draft draft = draft("Video").toBuilder()
                .media(List.of(DraftMedia.ofFile(png(), "image/png")))
                .build();
        Publisher patient = new Publisher(api, pauses::add, Duration.ofSeconds(10));

        assertThatThrownBy(() -> patient.publish(draft, listener).execute())
                .isInstanceOfSatisfying(ApiException.Rejected.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.serverMessage().orElseThrow()).contains("not finished processing");
                });
        assertThat(pauses)
                .containsExactly(
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(5));
        assertThat(listener.last().media().getFirst().mediaId())
                .as("kept for the retry")
                .isNotNull();
    }

    @Test
    void publish_againAfterAFailedPost_doesNotUploadTheFileAgain() throws Exception {
        start();
        Draft draft = draft("Second try").toBuilder()
                .media(List.of(DraftMedia.ofFile(png(), "image/png").withDescription("A sheep")))
                .build();
        sandbox.failNext("/api/v1/statuses", 503, "<html><body>Service Unavailable</body></html>");

        assertThatThrownBy(() -> publisher().publish(draft, listener).execute())
                .isInstanceOf(ApiException.ServerTrouble.class);
        Draft saved = listener.last();
        Published published = publisher().publish(saved, listener).execute();

        assertThat(((Published.Posted) published).status().mediaAttachments())
                .extracting(a -> a.id())
                .containsExactly(saved.media().getFirst().mediaId());
        assertThat(sandbox.requests("/api/v2/media")).hasSize(1);
        assertThat(posts()).extracting(r -> r.header("Idempotency-Key")).containsOnly(draft.idempotencyKey());
    }

    @Test
    void publish_changedAltTextOfAnUploadedFile_updatesItBeforePosting() throws Exception {
        start();
        Draft draft = draft("Described later").toBuilder()
                .media(List.of(DraftMedia.ofFile(png(), "image/png")))
                .build();
        sandbox.failNext("/api/v1/statuses", 500, "<html></html>");
        assertThatThrownBy(() -> publisher().publish(draft, listener).execute())
                .isInstanceOf(ApiException.ServerTrouble.class);
        Draft described = listener.last().toBuilder()
                .media(List.of(listener.last().media().getFirst().withDescription("A sheep at last")))
                .build();
        sandbox.clearRequests();

        Published published = publisher().publish(described, listener).execute();

        assertThat(((Published.Posted) published)
                        .status()
                        .mediaAttachments()
                        .getFirst()
                        .description())
                .isEqualTo("A sheep at last");
        assertThat(sandbox.requests(
                        "/api/v1/media/" + described.media().getFirst().mediaId()))
                .extracting(SandboxRequest::method)
                .containsExactly("GET", "PUT");
    }

    @Test
    void publish_uploadTheServerNoLongerHas_uploadsTheFileAgain() throws Exception {
        start();
        Path file = png();
        Draft draft = draft("Yesterday's draft").toBuilder()
                .media(List.of(new DraftMedia(file, "image/png", 100, "999999", "A sheep", null, true)))
                .build();

        Published published = publisher().publish(draft, listener).execute();

        String newId = listener.last().media().getFirst().mediaId();
        assertThat(newId).isNotEqualTo("999999");
        assertThat(((Published.Posted) published).status().mediaAttachments())
                .extracting(a -> a.id())
                .containsExactly(newId);
    }

    @Test
    void publish_edit_savesWithPutAndPostsNothingNew() throws Exception {
        start();
        String id = sandbox.postStatusAs("alice", "Frist!");
        Status status = api.statuses().get(id).execute();
        Draft edit = DraftStarts.edit(ALICE, status, api.statuses().source(id).execute(), NOW).toBuilder()
                .text("First!")
                .build();
        int before = sandbox.statusCount();

        Published published = publisher().publish(edit, listener).execute();

        assertThat(published).isInstanceOfSatisfying(Published.Edited.class, edited -> {
            assertThat(edited.status().id()).isEqualTo(id);
            assertThat(edited.status().content()).isEqualTo("<p>First!</p>");
            assertThat(edited.status().editedAt()).isNotNull();
        });
        assertThat(sandbox.requests("/api/v1/statuses/" + id))
                .extracting(SandboxRequest::method)
                .contains("PUT");
        assertThat(sandbox.statusCount()).isEqualTo(before);
    }

    @Test
    void publish_scheduled_answersTheScheduledStatusAndPostsNothingYet() throws Exception {
        start();
        Instant later = NOW.plus(Duration.ofHours(2));
        Draft draft = draft("Good morning").toBuilder().scheduledAt(later).build();
        int before = sandbox.statusCount();

        Published first = publisher().publish(draft, listener).execute();
        Published retry = publisher().publish(draft, listener).execute();

        assertThat(first)
                .isInstanceOfSatisfying(
                        Published.Scheduled.class,
                        scheduled ->
                                assertThat(scheduled.scheduled().scheduledAt()).isEqualTo(later));
        assertThat(retry).as("same key, same scheduled status").isEqualTo(first);
        assertThat(sandbox.scheduledStatusCount()).isEqualTo(1);
        assertThat(sandbox.statusCount()).isEqualTo(before);
        assertThat(body(posts().getFirst()).get("scheduled_at").getAsString()).isEqualTo(later.toString());
    }

    @Test
    void publish_scheduledOnAServerThatIgnoresScheduling_isPostedAndSaysSo() throws Exception {
        // Audit F3: Hollo and GoToSocial < 0.20 publish at once and answer with the Status.
        start(SandboxOptions.builder().schedulingIgnored(true), CLIENT);
        Draft draft = draft("Good morning").toBuilder()
                .scheduledAt(NOW.plus(Duration.ofHours(2)))
                .build();

        Published published = publisher().publish(draft, listener).execute();

        assertThat(published).isInstanceOfSatisfying(Published.Posted.class, posted -> {
            assertThat(posted.scheduleIgnored()).isTrue();
            assertThat(posted.status().content()).contains("Good morning");
        });
        assertThat(sandbox.scheduledStatusCount()).isZero();
    }

    @Test
    void publish_scheduledTooSoon_failsWithTheServersReason() throws Exception {
        start();
        Draft draft = draft("Now-ish").toBuilder()
                .scheduledAt(NOW.plus(Duration.ofMinutes(4)))
                .build();

        assertThatThrownBy(() -> publisher().publish(draft, listener).execute())
                .isInstanceOfSatisfying(
                        ApiException.Rejected.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(sandbox.scheduledStatusCount()).isZero();
    }

    @Test
    void publish_againAfterTheAnswerWasLost_reusesTheKeyAndTheServerHoldsOnePost() throws Exception {
        // OkHttp would retry the lost request by itself; switched off, the retry is Woolly's own.
        start(
                SandboxOptions.builder(),
                CLIENT.newBuilder().retryOnConnectionFailure(false).build());
        Draft draft = draft("Posted once, whatever happens");
        int before = sandbox.statusCount();
        sandbox.dropAnswerNext("/api/v1/statuses");

        assertThatThrownBy(() -> publisher().publish(draft, listener).execute())
                .isInstanceOf(ApiException.Network.class);
        assertThat(sandbox.statusCount()).as("the post did reach the server").isEqualTo(before + 1);
        Published retried = publisher().publish(draft, listener).execute();

        assertThat(sandbox.statusCount()).isEqualTo(before + 1);
        assertThat(posts())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo(draft.idempotencyKey()));
        String posted = ((Published.Posted) retried).status().id();
        assertThat(api.statuses().get(posted).execute().content()).isEqualTo("<p>Posted once, whatever happens</p>");
    }

    @Test
    void publish_cancelledDuringAPause_failsAsCancelledAndLeavesTheThreadUninterrupted() throws Exception {
        start(SandboxOptions.builder().mediaProcessingPolls(5), CLIENT);
        CountDownLatch paused = new CountDownLatch(1);
        Publisher publisher = new Publisher(
                api,
                duration -> {
                    paused.countDown();
                    new CountDownLatch(1).await();
                },
                Duration.ofMinutes(1));
        Draft draft = draft("Never mind").toBuilder()
                .media(List.of(DraftMedia.ofFile(png(), "image/png")))
                .build();
        ApiCall<Published> call = publisher.publish(draft, listener);
        AtomicBoolean interruptedAfter = new AtomicBoolean(true);
        CompletableFuture<Published> running = CompletableFuture.supplyAsync(() -> {
            try {
                return call.execute();
            } catch (ApiException e) {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
                throw new java.util.concurrent.CompletionException(e);
            }
        });

        assertThat(paused.await(5, TimeUnit.SECONDS)).isTrue();
        call.cancel();

        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ApiException.Cancelled.class);
        assertThat(call.isCancelled()).isTrue();
        assertThat(interruptedAfter).isFalse();
        assertThat(posts()).isEmpty();
    }

    @Test
    void publish_scheduledEdit_isRefusedBeforeAnythingIsSent() throws Exception {
        start();
        Draft draft = draft("x").toBuilder()
                .editingStatusId("1")
                .scheduledAt(NOW.plus(Duration.ofDays(1)))
                .build();

        assertThatThrownBy(() -> publisher().publish(draft, listener)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.requests()).isEmpty();
    }
}
