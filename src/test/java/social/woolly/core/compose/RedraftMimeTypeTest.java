package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.woolly.core.model.MediaType;

/** The type a redraft's copy is uploaded as, when the media host says little (audit A4). */
class RedraftMimeTypeTest {
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "image/png, x.bin, IMAGE, image/png",
                "Image/WEBP, x, IMAGE, image/webp",
                // S3 and some proxies serve everything as octet-stream: the name tells more.
                "application/octet-stream, original.jpg, IMAGE, image/jpeg",
                "null, clip.gif, GIFV, image/gif",
                "null, clip, GIFV, video/*",
                "text/html, song, AUDIO, audio/*",
                "null, '', UNKNOWN, image/*"
            })
    void mimeType_prefersServedThenNameThenKind(String served, String name, MediaType type, String expected) {
        assertThat(Redraft.mimeType(served, name, type)).isEqualTo(expected);
    }
}
