package social.woolly.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFetcherTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "https://files.example/a.png, true",
                "HTTP://files.example/a.png, true",
                "http://127.0.0.1:8080/a.png, true",
                "NULL, false",
                "'', false",
                "https://, false",
                "https:///path, false",
                "javascript:alert(1), false",
                "'data:image/png;base64,AAAA', false",
                "file:///etc/passwd, false",
                "/relative/a.png, false",
                "'https://files.example/a b.png', false",
                "ftp://files.example/a.png, false"
            })
    void isFetchable_onlyAbsoluteHttpUrls(String url, boolean fetchable) {
        assertThat(ImageFetcher.isFetchable(url)).isEqualTo(fetchable);
    }
}
