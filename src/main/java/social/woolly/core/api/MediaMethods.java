package social.woolly.core.api;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.UploadedMedia;

/**
 * Media uploads for statuses.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/media/">media API methods</a>
 */
public final class MediaMethods {
    /** Uploads may be large videos on slow links: this replaces the client's call timeout. */
    static final long UPLOAD_TIMEOUT_MINUTES = 10;

    private final Requests requests;

    MediaMethods(Requests requests) {
        this.requests = requests;
    }

    /**
     * Uploads a file. Small images come back ready; video and large files come back {@link
     * UploadedMedia#processing()} (HTTP 202): poll {@link #get} until it is not.
     *
     * @param mimeType e.g. {@code image/png}
     * @param description alt text, or {@code null}
     * @param focus the focal point, or {@code null}
     * @see <a href="https://docs.joinmastodon.org/methods/media/#v2">POST /api/v2/media</a>
     */
    public ApiCall<UploadedMedia> upload(
            Path file, String mimeType, @Nullable String description, MediaMeta.@Nullable Focus focus) {
        var body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart(
                        "file",
                        file.getFileName().toString(),
                        RequestBody.create(file.toFile(), MediaType.get(mimeType)));
        if (description != null) {
            body.addFormDataPart("description", description);
        }
        if (focus != null) {
            body.addFormDataPart("focus", focusParameter(focus));
        }
        Request.Builder request =
                new Request.Builder().url(requests.url("api/v2/media").build()).post(body.build());
        ApiCall<UploadedMedia> call = requests.call(request, uploaded(202));
        extendTimeout(call);
        return call;
    }

    /**
     * An uploaded file, to see whether the server finished processing it (HTTP 206 while not).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/media/#get">GET /api/v1/media/:id</a>
     */
    public ApiCall<UploadedMedia> get(String id) {
        return requests.get(requests.url("api/v1/media/{}", id), uploaded(206));
    }

    /**
     * Changes the alt text and focal point of an upload not yet attached to a status. The alt text
     * is always sent, {@code ""} for none: Hollo answers 422 to an update without it (a focal point
     * alone), and Mastodon stores a blank description as no description.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/media/#update">PUT /api/v1/media/:id</a>
     */
    public ApiCall<MediaAttachment> update(String id, @Nullable String description, MediaMeta.@Nullable Focus focus) {
        JsonObject body = new JsonObject();
        body.addProperty("description", description == null ? "" : description);
        if (focus != null) {
            body.addProperty("focus", focusParameter(focus));
        }
        return requests.put(
                requests.url("api/v1/media/{}", id), Requests.json(body), Requests.json(MediaAttachment.class));
    }

    /**
     * The file behind a media attachment's {@code url}, to keep a copy of media the server is about
     * to delete. Sent without the account's token (media often live on another host); bodies over
     * 32 MiB fail as {@link ApiException.BadResponse}.
     *
     * @throws IllegalArgumentException if {@code url} is not https (or http to this machine)
     */
    public ApiCall<MediaFile> download(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null || !(parsed.isHttps() || MastodonApi.isLoopback(parsed.host()))) {
            throw new IllegalArgumentException("not a media URL Woolly downloads");
        }
        ApiCall<MediaFile> call =
                requests.fetchFile(new Request.Builder().url(parsed).get(), (response, body) -> {
                    MediaType type = response.body().contentType();
                    return new MediaFile(body, type == null ? null : type.type() + "/" + type.subtype());
                });
        extendTimeout(call);
        return call;
    }

    /**
     * A downloaded media file.
     *
     * @param mimeType the {@code Content-Type} without parameters, or {@code null} if none was sent
     */
    public record MediaFile(byte[] bytes, @Nullable String mimeType) {}

    private static ResponseReader<UploadedMedia> uploaded(int processingStatus) {
        ResponseReader<MediaAttachment> json = Requests.json(MediaAttachment.class);
        return (response, body) -> new UploadedMedia(json.read(response, body), response.code() == processingStatus);
    }

    // Mastodon takes the focal point as "x,y", each from -1.0 to 1.0.
    private static String focusParameter(MediaMeta.Focus focus) {
        return String.format(Locale.ROOT, "%.2f,%.2f", focus.x(), focus.y());
    }

    private static void extendTimeout(ApiCall<?> call) {
        if (call instanceof OkHttpApiCall<?> okHttp) {
            okHttp.timeout().timeout(UPLOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        }
    }
}
