package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.USER;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Media uploads. {@code POST /api/v2/media} answers 202 with {@code url: null}, as Mastodon does
 * for media it processes in the background; the attachment is ready once
 * {@link SandboxOptions#mediaProcessingPolls()} more {@code GET}s have answered 206. Until then a
 * status that attaches it is refused with Mastodon's 422. {@code POST /api/v1/media} (deprecated)
 * answers 200, ready at once.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/media/">media API methods</a>
 */
final class SandboxMediaApi {
    static final long IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
    static final long VIDEO_SIZE_LIMIT = 99 * 1024 * 1024;
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png",
            "png",
            "image/jpeg",
            "jpeg",
            "image/gif",
            "gif",
            "image/webp",
            "webp",
            "video/mp4",
            "mp4",
            "video/webm",
            "webm",
            "audio/mpeg",
            "mp3",
            "audio/ogg",
            "ogg");

    private final SandboxStore store;
    private final SandboxJson json;

    SandboxMediaApi(SandboxStore store, SandboxJson json) {
        this.store = store;
        this.json = json;
    }

    void register(SandboxRoutes routes) {
        routes.post("/api/v1/media", USER, "write:media", ex -> upload(ex, false));
        if (store.options.v2Endpoints()) {
            routes.post("/api/v2/media", USER, "write:media", ex -> upload(ex, true));
        }
        routes.get("/api/v1/media/:id", USER, "write:media", ex -> own(ex, this::poll));
        routes.put("/api/v1/media/:id", USER, "write:media", ex -> own(ex, m -> update(ex, m)));
    }

    private SandboxReply own(SandboxExchange ex, Function<SandboxMedia, SandboxReply> then) {
        SandboxMedia media = store.media.get(store.ids.parse(ex.var("id")));
        return media == null || media.ownerId != ex.user().id ? SandboxReply.notFound() : then.apply(media);
    }

    private SandboxReply upload(SandboxExchange ex, boolean async) {
        SandboxParams.FilePart file = ex.params.file("file");
        if (file == null) {
            return SandboxReply.error(
                    422, "Validation failed: File content type is invalid, File file type is invalid");
        }
        String contentType =
                file.contentType().toLowerCase(Locale.ROOT).split(";")[0].trim();
        String type = contentType.startsWith("image/")
                ? "image"
                : contentType.startsWith("video/") ? "video" : contentType.startsWith("audio/") ? "audio" : null;
        String extension = EXTENSIONS.get(contentType);
        if (type == null || extension == null) {
            return SandboxReply.error(
                    422, "Validation failed: File content type is invalid, File file type is invalid");
        }
        long limit = "image".equals(type) ? IMAGE_SIZE_LIMIT : VIDEO_SIZE_LIMIT;
        if (file.bytes().length > limit) {
            return SandboxReply.error(
                    422, "Validation failed: File file size must be less than " + limit / 1024 / 1024 + " MB");
        }
        SandboxPicture picture = "image".equals(type) ? SandboxPicture.decode(file.bytes()) : null;
        byte[] bytes = file.bytes();
        SandboxMedia media = new SandboxMedia(
                store.ids.flake(store.now()),
                ex.user().id,
                type,
                contentType,
                extension,
                () -> bytes,
                () -> bytes,
                picture == null ? 0 : picture.width(),
                picture == null ? 0 : picture.height(),
                picture == null ? null : picture.blurhash());
        SandboxReply invalid = describe(ex, media);
        if (invalid != null) {
            return invalid;
        }
        store.media.put(media.id, media);
        if (async) {
            media.pendingPolls = store.options.mediaProcessingPolls();
            return SandboxReply.json(202, json.media(media));
        }
        return SandboxReply.json(json.media(media));
    }

    /** Applies {@code description} and {@code focus}; returns the 422 to answer, or null. */
    private static @Nullable SandboxReply describe(SandboxExchange ex, SandboxMedia media) {
        String description = ex.params.get("description");
        if (description != null) {
            if (description.length() > 1500) {
                return SandboxReply.error(
                        422, "Validation failed: Description is too long (maximum is 1500 characters)");
            }
            media.description = description;
        }
        String focus = ex.params.get("focus");
        if (focus != null) {
            String[] parts = focus.split(",");
            try {
                float x = Float.parseFloat(parts[0].trim());
                float y = parts.length > 1 ? Float.parseFloat(parts[1].trim()) : 0f;
                media.focus = new float[] {Math.max(-1f, Math.min(1f, x)), Math.max(-1f, Math.min(1f, y))};
            } catch (NumberFormatException e) {
                return SandboxReply.error(422, "Validation failed: Focus is invalid");
            }
        }
        return null;
    }

    private SandboxReply poll(SandboxMedia media) {
        if (media.pendingPolls > 0) {
            media.pendingPolls--;
            return SandboxReply.json(206, json.media(media));
        }
        media.pendingPolls = -1;
        return SandboxReply.json(json.media(media));
    }

    private SandboxReply update(SandboxExchange ex, SandboxMedia media) {
        SandboxReply invalid = describe(ex, media);
        if (invalid != null) {
            return invalid;
        }
        return SandboxReply.json(media.isProcessing() ? 206 : 200, json.media(media));
    }
}
