package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingUrlTest {

    @ParameterizedTest
    @CsvSource({
        "wss://streaming.example, https://streaming.example/api/v1/streaming",
        "WSS://Streaming.Example/, https://streaming.example/api/v1/streaming",
        "https://mastodon.example, https://mastodon.example/api/v1/streaming",
        "https://mastodon.example/api/v1/streaming/, https://mastodon.example/api/v1/streaming",
        "https://example.com/social?x=1#top, https://example.com/social/api/v1/streaming",
        "ws://127.0.0.1:4000, http://127.0.0.1:4000/api/v1/streaming",
        "http://localhost:3000, http://localhost:3000/api/v1/streaming",
        "ws://[::1]:4000, http://[::1]:4000/api/v1/streaming",
    })
    void of_acceptedBase_isTheStreamingEndpoint(String base, String expected) {
        assertThat(StreamingUrl.of(base).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ws://streaming.example", "http://mastodon.example", "ftp://x.example", "streaming.example", ""})
    void of_cleartextRemoteOrNotAUrl_rejected(String base) {
        assertThatThrownBy(() -> StreamingUrl.of(base)).isInstanceOf(IllegalArgumentException.class);
    }
}
