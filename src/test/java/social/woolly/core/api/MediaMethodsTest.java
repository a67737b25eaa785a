package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.api.TestServer.body;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.model.MediaMeta;

class MediaMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @Test
    void upload_sendsMultipartWithFileDescriptionAndFocus() throws Exception {
        Path file = Files.write(dir.resolve("sketch.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        server.enqueue(json("media/image.json"));

        var uploaded = TestServer.api(server)
                .media()
                .upload(file, "image/png", "a sketch", new MediaMeta.Focus(-0.5, 0.25))
                .execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(target(request)).isEqualTo("/api/v2/media");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String multipart = body(request);
        assertThat(multipart)
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"sketch.png\"")
                .contains("Content-Type: image/png")
                .contains("PNG")
                .contains("name=\"description\"", "a sketch")
                .contains("name=\"focus\"", "-0.50,0.25");
        assertThat(uploaded.processing()).isFalse();
        assertThat(uploaded.attachment().url()).endsWith("upload.png");
    }

    @Test
    void upload_202_isStillProcessing() throws Exception {
        Path file = Files.write(dir.resolve("rain.mp4"), new byte[] {0, 0, 0, 24});
        server.enqueue(json(202, Fixtures.text("media/processing.json")));

        var uploaded = TestServer.api(server)
                .media()
                .upload(file, "video/mp4", null, null)
                .execute();

        assertThat(body(taken(server))).doesNotContain("name=\"description\"").doesNotContain("name=\"focus\"");
        assertThat(uploaded.processing()).isTrue();
        assertThat(uploaded.attachment().url()).isNull();
    }

    @Test
    void get_206_isStillProcessing_200_isReady() throws Exception {
        server.enqueue(json(206, Fixtures.text("media/processing.json")));
        server.enqueue(json("media/image.json"));
        var media = TestServer.api(server).media();

        var first = media.get("22348642").execute();
        var second = media.get("22348642").execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/media/22348642");
        assertThat(first.processing()).isTrue();
        assertThat(second.processing()).isFalse();
    }

    @Test
    void update_putsDescriptionAndFocus() throws Exception {
        server.enqueue(json("media/image.json"));

        TestServer.api(server)
                .media()
                .update("22348641", "new words", new MediaMeta.Focus(0, 1))
                .execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(target(request)).isEqualTo("/api/v1/media/22348641");
        assertThat(JsonParser.parseString(body(request)))
                .isEqualTo(JsonParser.parseString("{\"description\":\"new words\",\"focus\":\"0.00,1.00\"}"));
    }

    @Test
    void update_focusWithoutAltText_sendsAnEmptyDescription() throws Exception {
        // Audit F8: Hollo answers 422 "description is required" to a PUT without it.
        server.enqueue(json("media/image.json"));

        TestServer.api(server)
                .media()
                .update("22348641", null, new MediaMeta.Focus(0, 1))
                .execute();

        assertThat(JsonParser.parseString(body(taken(server))))
                .isEqualTo(JsonParser.parseString("{\"description\":\"\",\"focus\":\"0.00,1.00\"}"));
    }
}
