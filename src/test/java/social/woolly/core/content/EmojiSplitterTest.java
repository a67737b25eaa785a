package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmojiSplitterTest {

    private static final Map<String, Inline.Emoji> EMOJIS = Map.of(
            "a", new Inline.Emoji("a", "https://e.example/a", "https://e.example/a"),
            "blob_cat", new Inline.Emoji("blob_cat", "https://e.example/b", "https://e.example/b"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "plain text            | <plain text>",
                ":a:                   | [a]",
                ":a::a:                | [a][a]",
                "x:a:y                 | <x>[a]<y>",
                "::a::                 | <:>[a]<:>",
                "12:30:45              | <12:30:45>",
                ":b: :blob_cat:        | <:b: >[blob_cat]",
                ":blob cat: :a         | <:blob cat: :a>",
                "a:b:a:                | <a:b>[a]",
            })
    void split_listedShortcodes_becomeEmojiRuns(String text, String expected) {
        List<Inline> runs = new ArrayList<>();

        EmojiSplitter.split(text, Style.PLAIN, EMOJIS, runs);

        assertThat(describe(runs)).isEqualTo(expected);
    }

    private static String describe(List<Inline> runs) {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            out.append(run instanceof Inline.Emoji e ? "[" + e.shortcode() + "]" : "<" + run.text() + ">");
        }
        return out.toString();
    }
}
