package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.model.Status;

class StatusCodecTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "statuses/status.json",
                "statuses/akkoma_quote.json",
                "statuses/pleroma_quote.json",
                "statuses/minimal.json",
                "statuses/unknown_values.json"
            })
    void encodeThenDecode_givesAnEqualStatus(String fixture) throws Exception {
        Status status = Fixtures.decode(fixture, Status.class);

        List<Status> back = StatusCodec.decode(StatusCodec.encode(List.of(status)));

        assertThat(back).containsExactly(status);
    }

    @Test
    void encodeThenDecode_aWholeTimelinePage_keepsOrderAndContent() throws Exception {
        List<Status> page = Fixtures.decode("timelines/home_40.json", TimelineMethods.STATUSES);

        assertThat(StatusCodec.decode(StatusCodec.encode(page))).isEqualTo(page);
    }

    @Test
    void decode_ofSomethingElse_isABadResponse() {
        assertThatThrownBy(() -> StatusCodec.decode("{\"not\":\"a list\"}"))
                .isInstanceOf(ApiException.BadResponse.class);
    }
}
