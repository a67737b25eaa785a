package social.woolly.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlurhashTest {

    // The example on blurha.sh: 4×3 components, average colour #979695.
    private static final String EXAMPLE = "LEHV6nWB2yk8pyo0adR*.7kCMdnj";

    @Test
    void decode_singleComponentHash_givesItsColourEverywhere() {
        // "0" = 1×1 components, "0" = max AC (unused), "TNoS" = #FF8000 in base 83.
        int[] pixels = Blurhash.decode("00TNoS", 8, 4);

        assertThat(pixels).hasSize(32);
        assertThat(Arrays.stream(pixels).distinct()).containsExactly(0xFFFF8000);
    }

    @Test
    void averageColor_ofTheExample_isItsDcComponent() {
        assertThat(Blurhash.averageColor(EXAMPLE)).hasValue(0xFF979695);
    }

    @Test
    void decode_theExample_givesOpaquePixelsAveragingToItsColour() {
        int[] pixels = Blurhash.decode(EXAMPLE);

        assertThat(pixels).hasSize(Blurhash.DEFAULT_SIZE * Blurhash.DEFAULT_SIZE);
        assertThat(Arrays.stream(pixels).allMatch(p -> p >>> 24 == 0xFF)).isTrue();
        // The AC components add detail around the average; the picture stays close to it.
        assertThat(average(pixels, 16)).isBetween(0x97 - 24, 0x97 + 24);
        assertThat(average(pixels, 8)).isBetween(0x96 - 24, 0x96 + 24);
        assertThat(Arrays.stream(pixels).distinct().count()).isGreaterThan(50);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "L",
                "LEHV6",
                "LEHV6nWB2yk8pyo0adR*.7kCMdn", // one character short
                "LEHV6nWB2yk8pyo0adR*.7kCMdnjj", // one too many
                "LEHV6nWB2yk8pyo0adR*.7kCMd\"j", // not a base-83 digit
                "LEHV6nWB2yk8pyo0adR*.7kCMdnö", // not ASCII
                "~~~~~~", // size flag 82: 10×9 components, wrong length
                "00~~~~", // a DC colour beyond 24 bits
                "this is not a blurhash"
            })
    void decode_malformedHash_givesNothingAndNeverThrows(String hash) {
        assertThat(Blurhash.decode(hash)).isEmpty();
        assertThat(Blurhash.averageColor(hash)).isEmpty();
    }

    @Test
    void decode_impossibleSize_isAProgrammingError() {
        assertThatThrownBy(() -> Blurhash.decode(EXAMPLE, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Blurhash.decode(EXAMPLE, 10, Blurhash.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int average(int[] pixels, int shift) {
        return (int)
                Arrays.stream(pixels).map(p -> (p >> shift) & 0xFF).average().orElse(-1);
    }
}
