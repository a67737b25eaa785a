package social.woolly.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import social.woolly.sandbox.Sandbox;

/**
 * The server side of the soak: a {@link Sandbox} on 127.0.0.1 and a poster that makes {@link
 * SoakPosts} as bob and carol at a steady rate. Text posts and boosts go through the sandbox's
 * hooks; posts with a content warning or pictures go through its API. The pictures are the
 * sandbox's own seeded photos (their 640×360 previews), uploaded anew for every post so that each
 * has its own URLs; all uploads are made in {@link #start}, before the soak, because the sandbox
 * decodes each upload (for its size and BlurHash), which would otherwise take CPU from the app
 * being measured. Each post reaches alice's home stream as an {@code update}. One thread at a time.
 */
final class SoakFeed implements AutoCloseable {
    private static final MediaType PNG = MediaType.get("image/png");
    private static final int PROGRESS_EVERY = 1000;
    private static final int UPLOADERS = 8;

    private final Sandbox sandbox;
    private final OkHttpClient http =
            new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> lastPostBy = new HashMap<>();
    private final Set<String> boosted = new HashSet<>();
    private final List<SoakPosts.Post> plan = new ArrayList<>();
    // Uploaded media ids of each post with pictures, by its index in the plan.
    private final Map<Integer, List<String>> uploads = new HashMap<>();
    private final String aliceToken;
    private int posted;

    private SoakFeed(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.aliceToken = sandbox.issueToken(Sandbox.USERNAME);
        for (String author : SoakPosts.AUTHORS) {
            tokens.put(author, sandbox.issueToken(author));
        }
    }

    /** Starts a fresh sandbox on a free port of 127.0.0.1 and prepares {@code total} posts. */
    static SoakFeed start(int total) throws IOException {
        SoakFeed feed = new SoakFeed(Sandbox.start());
        try {
            feed.prepare(total);
            return feed;
        } catch (IOException | RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    private void prepare(int total) throws IOException {
        List<byte[]> photos = seededPhotos();
        SoakPosts posts = new SoakPosts();
        for (int i = 0; i < total; i++) {
            plan.add(posts.next(i + 1));
        }
        // In parallel: each upload waits mostly on the loopback round trip, not on the sandbox.
        try (ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS)) {
            Map<Integer, Future<List<String>>> pending = new HashMap<>();
            for (int i = 0; i < total; i++) {
                SoakPosts.Post post = plan.get(i);
                int index = i;
                if (post.kind() == SoakPosts.Kind.PICTURES) {
                    pending.put(i, pool.submit(() -> upload(post, photos, index)));
                }
            }
            for (Map.Entry<Integer, Future<List<String>>> upload : pending.entrySet()) {
                uploads.put(upload.getKey(), upload.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while uploading", e);
        } catch (ExecutionException e) {
            throw new IOException("an upload failed", e.getCause());
        }
    }

    String baseUrl() {
        return sandbox.baseUrl();
    }

    /** A token for alice, whom Woolly signs in as. */
    String aliceToken() {
        return aliceToken;
    }

    int posted() {
        return posted;
    }

    /** How many pictures were uploaded for the prepared posts. */
    int pictures() {
        return uploads.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Posts until {@link #posted()} reaches {@code total} (at most the prepared number), paced to
     * {@code perSecond} on average (a post that took longer is caught up on, never skipped); {@code
     * progress} hears the count every thousand posts. Blocks.
     */
    void postUntil(int total, double perSecond, IntConsumer progress) throws IOException {
        if (total > plan.size()) {
            throw new IllegalArgumentException(total + " posts asked, " + plan.size() + " prepared");
        }
        long start = System.nanoTime();
        int first = posted;
        while (posted < total) {
            if (posted > first && posted % PROGRESS_EVERY == 0) {
                progress.accept(posted);
            }
            long due = start + (long) ((posted - first) / perSecond * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            post(posted);
            posted++;
        }
    }

    private void post(int index) throws IOException {
        SoakPosts.Post post = plan.get(index);
        switch (post.kind()) {
            case TEXT -> made(post.author(), sandbox.postStatusAs(post.author(), post.text()));
            case WARNING -> made(post.author(), viaApi(post, List.of()));
            case PICTURES -> made(post.author(), viaApi(post, uploads.get(index)));
            case BOOST -> boost(post.author());
        }
    }

    private void made(String author, String id) {
        lastPostBy.put(author, id);
    }

    /**
     * Boosts the other author's newest post, which shows in alice's home as a row of its own. Where
     * there is none (or this author boosted it already, which would make no new status), posts.
     */
    private void boost(String author) {
        String other = SoakPosts.AUTHORS.stream()
                .filter(a -> !a.equals(author))
                .findFirst()
                .orElseThrow();
        String target = lastPostBy.get(other);
        if (target == null || !boosted.add(author + " " + target)) {
            made(author, sandbox.postStatusAs(author, "Boosting is caring."));
        } else {
            sandbox.reblogAs(author, target);
        }
    }

    private List<String> upload(SoakPosts.Post post, List<byte[]> photos, int index) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < post.pictures(); i++) {
            byte[] photo = photos.get((index + i) % photos.size());
            RequestBody body = new MultipartBody.Builder()
                    .setType(MultipartBody.FORM)
                    .addFormDataPart("file", "photo.png", RequestBody.create(photo, PNG))
                    .addFormDataPart("description", "A landscape drawn by the sandbox.")
                    .build();
            ids.add(send(post.author(), "/api/v1/media", body).get("id").getAsString());
        }
        return ids;
    }

    private String viaApi(SoakPosts.Post post, List<String> mediaIds) throws IOException {
        FormBody.Builder form = new FormBody.Builder().add("status", post.text());
        if (!post.spoiler().isEmpty()) {
            form.add("spoiler_text", post.spoiler());
        }
        mediaIds.forEach(id -> form.add("media_ids[]", id));
        return send(post.author(), "/api/v1/statuses", form.build()).get("id").getAsString();
    }

    private JsonObject send(String author, String path, RequestBody body) throws IOException {
        Request request = new Request.Builder()
                .url(sandbox.baseUrl() + path)
                .header("Authorization", "Bearer " + tokens.get(author))
                .post(body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException("POST " + path + " answered " + response.code() + ": " + text);
            }
            return JsonParser.parseString(text).getAsJsonObject();
        }
    }

    private JsonElement get(String path, String author) {
        Request request = new Request.Builder()
                .url(sandbox.baseUrl() + path)
                .header("Authorization", "Bearer " + tokens.get(author))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return JsonParser.parseString(response.body().string());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** The seeded photos' previews (640×360 PNG), fetched from the sandbox itself. */
    private List<byte[]> seededPhotos() throws IOException {
        List<byte[]> found = new ArrayList<>();
        for (JsonElement status :
                get("/api/v1/timelines/public?only_media=true&limit=40", "bob").getAsJsonArray()) {
            for (JsonElement media : status.getAsJsonObject().getAsJsonArray("media_attachments")) {
                JsonObject m = media.getAsJsonObject();
                if ("image".equals(m.get("type").getAsString())) {
                    try (Response response = http.newCall(new Request.Builder()
                                    .url(m.get("preview_url").getAsString())
                                    .build())
                            .execute()) {
                        found.add(response.body().bytes());
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IOException("the sandbox has no seeded photos");
        }
        return found;
    }

    @Override
    public void close() {
        sandbox.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
