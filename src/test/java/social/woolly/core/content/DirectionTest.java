package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello                | LTR",
                "שלום                 | RTL",
                "مرحبا بالعالم        | RTL",
                "ދިވެހި                | RTL",
                "123 — שלום           | RTL",
                "(!) hello שלום       | LTR",
                "123 !?               | LTR",
                "''                   | LTR",
                "😀 Привет            | LTR",
                "😀 سلام              | RTL",
            })
    void of_firstStrongCharacter_decides(String text, Direction expected) {
        assertThat(Direction.of(text)).isEqualTo(expected);
    }
}
