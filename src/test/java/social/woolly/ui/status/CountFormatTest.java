package social.woolly.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountFormatTest {

    private final CountFormat english = new CountFormat(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "-5, 0", // a server bug must not show as a negative count
        "7, 7",
        "999, 999",
        "1000, 1K",
        "1099, 1K",
        "1250, 1.2K",
        "1299, 1.2K", // cut, never rounded up
        "9999, 9.9K",
        "10000, 10K",
        "45678, 45K",
        "999999, 999K",
        "1000000, 1M",
        "3456789, 3.4M",
        "12345678, 12M",
        "2147483647, 2.1B",
        "9223372036854775807, 9223372036B"
    })
    void format_shortensLargeCounts(long count, String expected) {
        assertThat(english.format(count)).isEqualTo(expected);
    }

    @Test
    void format_usesTheLocalesDecimalSeparator() {
        assertThat(new CountFormat(Locale.GERMAN).format(1250)).isEqualTo("1,2K");
    }
}
