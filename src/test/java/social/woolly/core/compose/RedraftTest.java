package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.OkHttpClients;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Status;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.sandbox.SandboxRequest;

/**
 * Audit A4: "Delete &amp; redraft" of a post with media on a server that deletes the media with the
 * post (Hollo), against the sandbox's {@code deleteCascadesMedia}.
 */
class RedraftTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final OkHttpClient CLIENT = OkHttpClients.create(true);

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MastodonApi api;

    @AfterEach
    void stop() {
        assertThat(sandbox.serverErrors()).isEmpty();
        sandbox.close();
    }

    private Status postWithPicture() throws Exception {
        sandbox =
                Sandbox.start(SandboxOptions.builder().deleteCascadesMedia(true).build());
        api = new MastodonClient(CLIENT)
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        Path png = dir.resolve("square.png");
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String mediaId = api.media()
                .upload(png, "image/png", "A grey square", new MediaMeta.Focus(0.5, -0.25))
                .execute()
                .attachment()
                .id();
        for (int poll = 0; poll < 20 && api.media().get(mediaId).execute().processing(); poll++) {
            // Each GET is one step of processing.
        }
        return api.statuses()
                .create(
                        NewStatus.builder("Look at this")
                                .mediaIds(List.of(mediaId))
                                .build(),
                        "key-1")
                .execute();
    }

    private Path folder() {
        return dir.resolve("drafts-media");
    }

    private Publisher publisher() {
        return new Publisher(api, duration -> {}, Duration.ofSeconds(5));
    }

    @Test
    void redraftAndPost_whenDeleteCascadesMedia_uploadsTheCopyAnew() throws Exception {
        Status original = postWithPicture();
        String oldId = original.mediaAttachments().getFirst().id();
        int before = sandbox.statusCount();

        Redraft.Outcome outcome = Redraft.deleteKeepingMedia(api, "alice@sandbox", original, folder(), CLOCK)
                .execute();

        assertThat(outcome).isInstanceOf(Redraft.Outcome.Ready.class);
        Draft draft = ((Redraft.Outcome.Ready) outcome).draft();
        assertThat(draft.text()).isEqualTo("Look at this");
        DraftMedia copy = draft.media().getFirst();
        assertThat(copy.isUploaded()).isFalse();
        assertThat(copy.file()).isNotNull().startsWith(folder()).isRegularFile();
        assertThat(copy.mimeType()).isEqualTo("image/png");
        assertThat(copy.description()).isEqualTo("A grey square");
        assertThat(copy.focus()).isEqualTo(new MediaMeta.Focus(0.5, -0.25));
        assertThat(sandbox.statusCount()).isEqualTo(before - 1);

        sandbox.clearRequests();
        Published published =
                publisher().publish(draft, Publisher.Listener.NONE).execute();

        List<SandboxRequest> uploads = sandbox.requests("/api/v2/media").stream()
                .filter(r -> r.method().equals("POST"))
                .toList();
        assertThat(uploads).hasSize(1);
        assertThat(uploads.getFirst().body()).contains("A grey square");
        Status posted = ((Published.Posted) published).status();
        String newId = posted.mediaAttachments().getFirst().id();
        assertThat(newId).isNotEqualTo(oldId);
        SandboxRequest create = sandbox.requests("/api/v1/statuses").stream()
                .filter(r -> r.method().equals("POST"))
                .findFirst()
                .orElseThrow();
        assertThat(JsonParser.parseString(create.body())
                        .getAsJsonObject()
                        .getAsJsonArray("media_ids")
                        .get(0)
                        .getAsString())
                .isEqualTo(newId);
    }

    @Test
    void oldRedraft_whenDeleteCascadesMedia_failsToPost() throws Exception {
        // What Woolly did before A4: reattach the deleted post's media ids. Shows the switch bites.
        Status original = postWithPicture();
        Status deleted = api.statuses().delete(original.id()).execute();

        Draft draft = DraftStarts.redraft("alice@sandbox", deleted, NOW);

        assertThatThrownBy(() ->
                        publisher().publish(draft, Publisher.Listener.NONE).execute())
                .isInstanceOf(ApiException.Rejected.class);
    }

    @Test
    void redraft_whenAPictureCannotBeDownloaded_keepsThePostAndLeavesNoFile() throws Exception {
        Status original = postWithPicture();
        int before = sandbox.statusCount();
        String url = original.mediaAttachments().getFirst().url();
        sandbox.failNext(URI.create(url).getPath(), 404, "{\"error\":\"Record not found\"}");

        Redraft.Outcome outcome = Redraft.deleteKeepingMedia(api, "alice@sandbox", original, folder(), CLOCK)
                .execute();

        assertThat(outcome).isInstanceOfSatisfying(Redraft.Outcome.MediaNotKept.class, notKept -> {
            assertThat(notKept.index()).isZero();
            assertThat(notKept.cause()).isInstanceOf(ApiException.NotFound.class);
        });
        assertThat(sandbox.statusCount()).isEqualTo(before);
        assertThat(sandbox.requests("/api/v1/statuses/" + original.id())).isEmpty();
        assertThat(filesIn(folder())).isEmpty();
    }

    @Test
    void redraft_whenTheDeleteFails_removesTheCopies() throws Exception {
        Status original = postWithPicture();
        int before = sandbox.statusCount();
        sandbox.failNext("/api/v1/statuses/" + original.id(), 503, "<html>busy</html>");

        assertThatThrownBy(() -> Redraft.deleteKeepingMedia(api, "alice@sandbox", original, folder(), CLOCK)
                        .execute())
                .isInstanceOf(ApiException.ServerTrouble.class);

        assertThat(sandbox.statusCount()).isEqualTo(before);
        assertThat(filesIn(folder())).isEmpty();
    }

    @Test
    void download_neverSendsTheToken() throws Exception {
        Status original = postWithPicture();
        String url = original.mediaAttachments().getFirst().url();
        sandbox.clearRequests();

        assertThat(api.media().download(url).execute().bytes()).isNotEmpty();

        assertThat(sandbox.requests(URI.create(url).getPath()))
                .singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isNull());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
