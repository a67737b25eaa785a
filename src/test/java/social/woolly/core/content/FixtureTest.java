package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole statuses in each server's shape ({@code src/test/resources/content/NAME.html}) against the
 * plain text expected of them ({@code NAME.txt}), and invariants every model must keep.
 */
class FixtureTest {

    // Every fixture is read with a quote card shown and the emoji its server would list.
    private static final ContentContext CONTEXT = new ContentContext(
            List.of(),
            List.of(),
            List.of(new ContentContext.CustomEmoji(
                    "blobfox_think", "https://cdn.example/bft.gif", "https://cdn.example/bft.png")),
            "https://social.example",
            true);

    private final ContentParser parser = new ContentParser();

    @ParameterizedTest
    @ValueSource(strings = {"gotosocial-markdown", "akkoma-br-only", "mastodon-mixed-rtl", "misskey-mfm"})
    void parse_fixture_givesExpectedPlainText(String name) throws IOException {
        RichText text = parser.parse(read(name + ".html"), CONTEXT);

        assertThat(text.plainText()).isEqualTo(read(name + ".txt").stripTrailing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gotosocial-markdown", "akkoma-br-only", "mastodon-mixed-rtl", "misskey-mfm"})
    void parse_fixture_keepsModelInvariants(String name) throws IOException {
        RichText text = parser.parse(read(name + ".html"), CONTEXT);

        assertThat(text.blocks()).isNotEmpty().allSatisfy(block -> {
            assertThat(block.inlines()).isNotEmpty();
            assertThat(block.inlines().getFirst()).isNotInstanceOf(Inline.LineBreak.class);
            assertThat(block.inlines().getLast()).isNotInstanceOf(Inline.LineBreak.class);
        });
        assertThat(Runs.all(text)).allSatisfy(run -> assertThat(run.text()).isNotEmpty());
        assertThat(Runs.all(text))
                .filteredOn(Inline.Link.class::isInstance)
                .map(run -> ((Inline.Link) run).href())
                .allSatisfy(href -> assertThat(LinkText.safeHref(href)).isEqualTo(href));
    }

    @Test
    void parse_akkomaFixture_findsMentionsHashtagEmojiAndLink() throws IOException {
        RichText text = parser.parse(read("akkoma-br-only.html"), CONTEXT);

        assertThat(Runs.mentions(text))
                .containsExactly(
                        "https://akkoma.example/users/mira | mira | - | -",
                        "https://other.example/@juno | juno | - | -");
        assertThat(Runs.hashtags(text)).containsExactly("summer | #summer");
        assertThat(Runs.emojis(text)).containsExactly("blobfox_think");
        assertThat(Runs.links(text))
                .containsExactly("https://weather.example/forecast?city=lakeside&days=3"
                        + " | https://weather.example/forecast?city=lakeside&days=3");
    }

    @Test
    void parse_mixedDirectionFixture_givesEachParagraphItsDirection() throws IOException {
        RichText text = parser.parse(read("mastodon-mixed-rtl.html"), CONTEXT);

        assertThat(text.blocks())
                .extracting(Block::direction)
                .containsExactly(Direction.RTL, Direction.LTR, Direction.RTL);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = FixtureTest.class.getResourceAsStream("/content/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
