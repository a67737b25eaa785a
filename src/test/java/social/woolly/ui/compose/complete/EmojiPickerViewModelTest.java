package social.woolly.ui.compose.complete;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.compose.UnicodeEmoji;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.concurrent.DirectRunner;

/** The emoji picker's sections against the sandbox's custom emoji (issue #5). */
class EmojiPickerViewModelTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static final List<UnicodeEmoji> UNICODE = List.of(
            new UnicodeEmoji("😀", "grinning face", UnicodeEmoji.Group.SMILEYS),
            new UnicodeEmoji("🐑", "sheep", UnicodeEmoji.Group.ANIMALS));

    private Sandbox sandbox;
    private EmojiPickerViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        var api = new MastodonClient(new OkHttpClient()).api(URI.create(sandbox.baseUrl()), null);
        DirectRunner runner = new DirectRunner();
        model = new EmojiPickerViewModel(
                new CustomEmojiCache(() -> api.instance().customEmojis(), runner),
                new RecentEmoji(),
                runner,
                () -> UNICODE,
                WORDS);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<String> shown() {
        return model.rows().stream()
                .flatMap(row -> switch (row) {
                    case PickerRow.Header(String title) -> java.util.stream.Stream.of("[" + title + "]");
                    case PickerRow.Line(List<PickerEmoji> emoji) ->
                        emoji.stream().map(PickerEmoji::label);
                })
                .toList();
    }

    @Test
    void open_showsCustomByCategoryThenUnicodeByGroup_withoutHiddenEmoji() {
        model.open();

        assertThat(shown())
                .containsExactly(
                        "[Blobs]",
                        ":blobwave:",
                        "[Sandbox]",
                        ":woolly:",
                        ":sparkle:",
                        ":yarn:",
                        "[Smileys & emotion]",
                        "grinning face",
                        "[Animals & nature]",
                        "sheep");
    }

    @Test
    void open_afterChoosing_showsRecentlyUsedFirst() {
        model.open();
        model.chose(new PickerEmoji.Unicode(UNICODE.get(1)));
        model.chose(model.first());

        model.open();

        assertThat(shown()).startsWith("[Recently used]", ":blobwave:", "sheep", "[Blobs]");
    }

    @Test
    void filter_matchesShortcodesAndNames_inOneSection() {
        model.open();

        model.filterProperty().set("she");

        assertThat(shown()).containsExactly("[Search results]", "sheep");
        model.filterProperty().set("wool");
        assertThat(shown()).containsExactly("[Search results]", ":woolly:");
    }

    @Test
    void rows_tenEmojiInAGroup_areSplitIntoLinesOfEight() {
        var api = new MastodonClient(new OkHttpClient()).api(URI.create(sandbox.baseUrl()), null);
        DirectRunner runner = new DirectRunner();
        List<UnicodeEmoji> ten = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new UnicodeEmoji("x" + i, "face " + i, UnicodeEmoji.Group.SMILEYS))
                .toList();
        sandbox.failNext("/api/v1/custom_emojis", 404, "{\"error\":\"Not found\"}");
        var many = new EmojiPickerViewModel(
                new CustomEmojiCache(() -> api.instance().customEmojis(), runner),
                new RecentEmoji(),
                runner,
                () -> ten,
                WORDS);

        many.open();

        assertThat(many.rows())
                .map(row -> row instanceof PickerRow.Line line ? line.emoji().size() : -1)
                .containsExactly(-1, 8, 2);
    }

    @Test
    void customEmoji_areFetchedOnce_acrossOpenings() {
        model.open();
        model.open();

        assertThat(sandbox.requests("/api/v1/custom_emojis")).hasSize(1);
    }
}
