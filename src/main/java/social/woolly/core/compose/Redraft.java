package social.woolly.core.compose;

import java.io.IOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.ComposedCall;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MediaMethods;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.MediaType;
import social.woolly.core.model.Status;

/**
 * "Delete &amp; redraft" that loses no media: each attachment of the status is downloaded into a
 * local folder first, then the status is deleted, and the redraft holds the copies as files not
 * yet uploaded, with their alt text and focal point, so that {@link Publisher} uploads them anew.
 *
 * <p>Reusing the deleted status's media ids does not work everywhere: Hollo deletes the media with
 * the status (the repost then fails with 422 "Media not found"), and snac's attachment ids are not
 * upload ids (the repost goes out with dead images). A copy works on every server.
 *
 * <p>If any attachment cannot be copied, the status is <em>not</em> deleted: the answer is {@link
 * Outcome.MediaNotKept}, and the post stays as it was. Deleting it anyway would lose that picture
 * for good on servers that delete media with the post. {@link #deleteKeepingMedia} only builds the
 * work: run it off the FX thread. Copies already written are removed when it fails or is
 * cancelled.
 */
public final class Redraft {
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,5}");

    /** What came of a redraft. */
    public sealed interface Outcome {
        /** The status is deleted; {@code draft} holds its text and its media as local files. */
        record Ready(Draft draft) implements Outcome {}

        /** Attachment {@code index} (from 0) could not be copied, so nothing was deleted. */
        record MediaNotKept(int index, ApiException cause) implements Outcome {}
    }

    private Redraft() {}

    /**
     * Copies {@code status}'s media into {@code folder} (the drafts' media folder), then deletes
     * the status. Fails with the delete's {@link ApiException} (copies removed, status kept).
     */
    public static ApiCall<Outcome> deleteKeepingMedia(
            MastodonApi api, String accountKey, Status status, Path folder, Clock clock) {
        return new ComposedCall<>(steps -> {
            List<DraftMedia> copies = new ArrayList<>();
            boolean done = false;
            try {
                List<MediaAttachment> attachments = status.mediaAttachments();
                for (int i = 0; i < attachments.size(); i++) {
                    try {
                        copies.add(copy(steps, api.media(), attachments.get(i), folder));
                    } catch (ApiException e) {
                        if (e instanceof ApiException.Cancelled) {
                            throw e;
                        }
                        return new Outcome.MediaNotKept(i, e);
                    }
                }
                Status deleted = steps.run(api.statuses().delete(status.id()));
                done = true;
                return new Outcome.Ready(DraftStarts.redraft(accountKey, deleted, clock.instant(), copies));
            } finally {
                if (!done) {
                    copies.forEach(Redraft::deleteQuietly);
                }
            }
        });
    }

    private static DraftMedia copy(
            ComposedCall<Outcome> steps, MediaMethods media, MediaAttachment attachment, Path folder)
            throws ApiException {
        String url = attachment.url() != null ? attachment.url() : attachment.remoteUrl();
        if (url == null) {
            throw new ApiException.Network(new IOException("attachment has no URL"));
        }
        ApiCall<MediaMethods.MediaFile> download;
        try {
            download = media.download(url);
        } catch (IllegalArgumentException e) {
            throw new ApiException.Network(new IOException("not a media URL Woolly downloads", e));
        }
        MediaMethods.MediaFile file = steps.run(download);
        String name = nameIn(url);
        String mimeType = mimeType(file.mimeType(), name, attachment.type());
        Path target;
        try {
            target = write(folder, file.bytes(), extension(name, mimeType));
        } catch (IOException e) {
            throw new ApiException.Network(e);
        }
        MediaMeta meta = attachment.meta();
        return new DraftMedia(
                target,
                mimeType,
                file.bytes().length,
                null,
                attachment.description(),
                meta == null ? null : meta.focus(),
                false);
    }

    private static String nameIn(String url) {
        String path = URI.create(url).getPath();
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    // The server's Content-Type when it names a medium, else a guess from the name, else the kind.
    static String mimeType(@Nullable String served, String name, MediaType type) {
        if (served != null && isMedium(served)) {
            return served.toLowerCase(Locale.ROOT);
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        if (guessed != null && isMedium(guessed)) {
            return guessed;
        }
        return switch (type) {
            case VIDEO, GIFV -> "video/*";
            case AUDIO -> "audio/*";
            default -> "image/*";
        };
    }

    private static boolean isMedium(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/");
    }

    private static String extension(String name, String mimeType) {
        int dot = name.lastIndexOf('.');
        String fromName = dot < 0 ? "" : name.substring(dot + 1);
        if (EXTENSION.matcher(fromName).matches()) {
            return fromName.toLowerCase(Locale.ROOT);
        }
        String subtype = mimeType.substring(mimeType.indexOf('/') + 1);
        return EXTENSION.matcher(subtype).matches() ? subtype : "bin";
    }

    // Written under a temporary name and moved into place, so a crash leaves no half file.
    private static Path write(Path folder, byte[] bytes, String extension) throws IOException {
        Files.createDirectories(folder);
        String name = "redraft-" + UUID.randomUUID();
        Path partial = folder.resolve(name + ".part");
        Path file = folder.resolve(name + "." + extension);
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return file;
    }

    private static void deleteQuietly(DraftMedia copy) {
        Path file = copy.file();
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: a stray copy in the drafts' media folder harms nothing.
        }
    }
}
