package social.woolly.ui.compose.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.ServerLimits;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.Drafts;
import social.woolly.ui.concurrent.DirectRunner;

/** Posting with attachments through the composer against the sandbox (202, then processed). */
class MediaPostTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MastodonApi api;
    private Drafts drafts;
    private final List<Published> published = new ArrayList<>();
    private final List<Attachment.Upload> steps = new ArrayList<>();
    private ComposeViewModel composer;
    private MediaPart media;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        drafts = new Drafts(dir.resolve("drafts.sqlite"), Clock.systemUTC());
        DirectRunner runner = new DirectRunner();
        composer = new ComposeViewModel(
                "alice@test",
                ServerLimits.MASTODON_DEFAULTS,
                drafts,
                new Publisher(api, pause -> {}, Duration.ofMinutes(1)),
                runner,
                new ErrorMessages(MediaPartTest.TEXT),
                Clock.systemUTC(),
                published::add);
        media = new MediaPart(composer::rules, MediaFiles.inDataFolder(dir), runner, MediaPartTest.TEXT);
        composer.addPart(media);
        composer.addSendingWatcher(media);
    }

    @AfterEach
    void stop() {
        drafts.close();
        sandbox.close();
    }

    private void pastePicture() {
        media.addPasted(out -> javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(6, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out));
    }

    @Test
    void post_withAPastedPicture_uploadsItWithAltTextAndFocus_andDeletesTheFile() throws Exception {
        composer.textProperty().set("A picture");
        pastePicture();
        Attachment picture = media.attachments().getFirst();
        Path file = picture.media().file();
        picture.uploadProperty().addListener((o, was, now) -> steps.add(now));
        media.describe(picture, "Six by four pixels of black");
        media.focus(picture, new MediaMeta.Focus(-0.5, 0.25));

        composer.post();

        assertThat(published).singleElement().isInstanceOfSatisfying(Published.Posted.class, posted -> {
            var attachment = posted.status().mediaAttachments().getFirst();
            assertThat(attachment.description()).isEqualTo("Six by four pixels of black");
            assertThat(attachment.meta()).isNotNull();
            assertThat(attachment.meta().focus()).isEqualTo(new MediaMeta.Focus(-0.5, 0.25));
        });
        assertThat(steps)
                .containsExactly(Attachment.Upload.UPLOADING, Attachment.Upload.PROCESSING, Attachment.Upload.UPLOADED);
        assertThat(file).doesNotExist();
        assertThat(media.attachments()).isEmpty();
        assertThat(drafts.newest("alice@test")).isEmpty();
    }

    @Test
    void failedUpload_keepsTheAttachmentAndTheText_andSaysWhy_andPostRetries() throws Exception {
        composer.textProperty().set("Try again");
        pastePicture();
        sandbox.failNext("/api/v2/media", 503, "<html>Service Unavailable</html>");

        composer.post();

        assertThat(published).isEmpty();
        assertThat(composer.textProperty().get()).isEqualTo("Try again");
        assertThat(composer.errorProperty().get()).contains("trouble");
        assertThat(media.attachments()).singleElement().satisfies(a -> {
            assertThat(a.upload()).isEqualTo(Attachment.Upload.FAILED);
            assertThat(a.media().file()).exists();
        });

        composer.post();

        assertThat(published).hasSize(1);
    }

    @Test
    void failedPostAfterTheUpload_keepsTheMediaId_soTheRetryDoesNotUploadAgain() throws Exception {
        composer.textProperty().set("Uploaded once");
        pastePicture();
        sandbox.failNext("/api/v1/statuses", 503, "<html>Service Unavailable</html>");

        composer.post();

        Attachment picture = media.attachments().getFirst();
        assertThat(picture.upload()).isEqualTo(Attachment.Upload.UPLOADED);
        assertThat(picture.media().mediaId()).isNotNull();
        assertThat(drafts.newest("alice@test").orElseThrow().media().getFirst().mediaId())
                .isEqualTo(picture.media().mediaId());

        composer.post();

        assertThat(published).hasSize(1);
        assertThat(sandbox.requests("/api/v2/media")).hasSize(1);
    }

    @Test
    void restoredDraft_showsItsAttachments() throws Exception {
        composer.textProperty().set("Kept for later");
        pastePicture();
        media.describe(media.attachments().getFirst(), "saved alt");
        composer.saveNow();

        ComposeViewModel next = new ComposeViewModel(
                "alice@test",
                ServerLimits.MASTODON_DEFAULTS,
                drafts,
                new Publisher(api),
                new DirectRunner(),
                new ErrorMessages(MediaPartTest.TEXT),
                Clock.systemUTC(),
                published::add);
        MediaPart restored =
                new MediaPart(next::rules, MediaFiles.inDataFolder(dir), new DirectRunner(), MediaPartTest.TEXT);
        next.addPart(restored);
        next.restoreNewestDraft(() -> {});

        assertThat(restored.attachments()).singleElement().satisfies(a -> {
            assertThat(a.media().description()).isEqualTo("saved alt");
            assertThat(a.media().file()).exists();
        });
    }
}
