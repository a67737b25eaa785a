package social.woolly.ui.compose.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.DraftMedia;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.ServerLimits;
import social.woolly.ui.concurrent.DirectRunner;

/** The attachments part on its own, without a toolkit: checks at once, remove, alt text, restore. */
class MediaPartTest {
    static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ServerLimits limits = ServerLimits.MASTODON_DEFAULTS;
    private int changes;

    private MediaPart part() {
        MediaPart part = new MediaPart(
                () -> new ComposeRules(limits, CLOCK), MediaFiles.inDataFolder(dir), new DirectRunner(), TEXT);
        part.onChange(() -> changes++);
        return part;
    }

    /** A real PNG of {@code width × height}. */
    static Path png(Path dir, String name, int width, int height) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private Draft written(MediaPart part) {
        Draft.Builder builder = Draft.blank("alice@test", CLOCK.instant()).toBuilder();
        part.writeTo(builder);
        return builder.build();
    }

    @Test
    void addFiles_beyondTheServersLimit_refusesTheExtraWithAMessage() throws Exception {
        limits = new ServerLimits(500, 2, 23, 4, 50, 300, 2_629_746, null, null, null, List.of());
        MediaPart part = part();

        part.addFiles(List.of(png(dir, "a.png", 4, 4), png(dir, "b.png", 4, 4), png(dir, "c.png", 4, 4)));

        assertThat(part.attachments()).extracting(Attachment::fileName).containsExactly("a.png", "b.png");
        assertThat(part.messageProperty().get())
                .isEqualTo("c.png was not added. This server takes at most 2 attachments per post.");
        assertThat(written(part).media()).hasSize(2);
    }

    @Test
    void addFiles_largerThanTheServerTakes_isRefusedInTheRulesWords() throws Exception {
        limits = new ServerLimits(500, 4, 23, 4, 50, 300, 2_629_746, 10L, 10L, null, List.of());
        MediaPart part = part();

        part.addFiles(List.of(png(dir, "big.png", 64, 64)));

        assertThat(part.attachments()).isEmpty();
        assertThat(part.messageProperty().get())
                .startsWith("big.png was not added. Attachment 1 is ")
                .endsWith("; this server takes files up to 1 KB.");
    }

    @Test
    void addFiles_ofAKindMastodonDoesNotTake_isRefused() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "plain text");
        MediaPart part = part();

        part.addFiles(List.of(notes));

        assertThat(part.attachments()).isEmpty();
        assertThat(part.messageProperty().get())
                .contains("notes.txt was not added")
                .contains("only images, video");
    }

    @Test
    void addFiles_ofATypeTheServerDoesNotList_isRefusedInTheTray() throws Exception {
        // Audit A8: Hollo lists no audio type and answers an audio upload with a 500.
        limits = new ServerLimits(
                500, 4, 23, 4, 50, 300, 2_629_746, null, null, null, List.of("image/png", "video/mp4"));
        Path song = Files.write(dir.resolve("song.mp3"), new byte[] {1, 2, 3});
        MediaPart part = part();

        part.addFiles(List.of(png(dir, "ok.png", 4, 4), song));

        assertThat(part.attachments()).extracting(Attachment::fileName).containsExactly("ok.png");
        assertThat(part.messageProperty().get())
                .isEqualTo("song.mp3 was not added. Attachment 2 is of a type this server does not take (audio/mpeg).");
    }

    @Test
    void addFiles_thatCannotBeRead_saysSo() {
        MediaPart part = part();

        part.addFiles(List.of(dir.resolve("gone.png")));

        assertThat(part.attachments()).isEmpty();
        assertThat(part.messageProperty().get()).isEqualTo("gone.png was not added. Woolly could not read the file.");
    }

    @Test
    void addFiles_readsTheTypeAndSize_andTellsTheComposer() throws Exception {
        Path photo = png(dir, "photo.PNG", 8, 8);
        MediaPart part = part();

        part.addFiles(List.of(photo));

        DraftMedia media = part.attachments().getFirst().media();
        assertThat(media.mimeType()).isEqualTo("image/png");
        assertThat(media.size()).isEqualTo(Files.size(photo));
        assertThat(part.attachments().getFirst().upload()).isEqualTo(Attachment.Upload.LOCAL);
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void remove_dropsTheAttachment_andDeletesAPastedPicture_butNotAChosenFile() throws Exception {
        Path chosen = png(dir, "chosen.png", 4, 4);
        MediaPart part = part();
        part.addFiles(List.of(chosen));
        part.addPasted(out -> ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out));
        Path pasted = part.attachments().get(1).media().file();
        assertThat(pasted).isNotNull().exists().hasParent(dir.resolve(MediaFiles.FOLDER_NAME));

        part.remove(part.attachments().get(1));
        part.remove(part.attachments().getFirst());

        assertThat(part.attachments()).isEmpty();
        assertThat(pasted).doesNotExist();
        assertThat(chosen).exists();
        assertThat(written(part).media()).isEmpty();
    }

    @Test
    void describeAndFocus_areWrittenToTheDraft() throws Exception {
        MediaPart part = part();
        part.addFiles(List.of(png(dir, "cat.png", 4, 4)));
        Attachment cat = part.attachments().getFirst();

        part.describe(cat, "A grey cat asleep on a keyboard");
        part.focus(cat, FocalPoint.at(0, 0, 100, 100));

        DraftMedia media = written(part).media().getFirst();
        assertThat(media.description()).isEqualTo("A grey cat asleep on a keyboard");
        assertThat(media.focus()).isEqualTo(new MediaMeta.Focus(-1, 1));
        assertThat(cat.hasDescription()).isTrue();

        part.describe(cat, "  ");

        assertThat(written(part).media().getFirst().description()).isNull();
    }

    @Test
    void sensitive_isWrittenOnlyWithMedia() throws Exception {
        MediaPart part = part();
        part.sensitiveProperty().set(true);
        assertThat(written(part).sensitive()).isFalse();

        part.addFiles(List.of(png(dir, "a.png", 4, 4)));

        assertThat(written(part).sensitive()).isTrue();
    }

    @Test
    void show_aRestoredDraft_showsItsAttachments() throws Exception {
        DraftMedia local =
                DraftMedia.ofFile(png(dir, "local.png", 4, 4), "image/png").withDescription("local one");
        DraftMedia onServer = new DraftMedia(null, "video/*", 0, "109", "a clip", null, true);
        Draft restored = Draft.blank("alice@test", CLOCK.instant()).toBuilder()
                .media(List.of(local, onServer))
                .sensitive(true)
                .build();
        MediaPart part = part();

        part.show(restored);

        assertThat(part.attachments()).extracting(Attachment::media).containsExactly(local, onServer);
        assertThat(part.attachments())
                .extracting(Attachment::upload)
                .containsExactly(Attachment.Upload.LOCAL, Attachment.Upload.UPLOADED);
        assertThat(part.sensitiveProperty().get()).isTrue();
        assertThat(written(part).media()).containsExactly(local, onServer);
    }
}
