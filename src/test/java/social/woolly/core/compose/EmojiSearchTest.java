package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.CustomEmoji;

class EmojiSearchTest {
    private static final List<CustomEmoji> EMOJI =
            List.of(emoji("wave_blob"), emoji("blobcat"), emoji("Blobwave"), emoji("yarn"), emoji("catblob"));

    private static CustomEmoji emoji(String code) {
        return new CustomEmoji(code, null, null, true, null);
    }

    private static List<String> codes(List<CustomEmoji> found) {
        return found.stream().map(CustomEmoji::shortcode).toList();
    }

    @Test
    void matching_prefixBeforeSubstring_inServerOrderAndIgnoringCase() {
        assertThat(codes(EmojiSearch.matching(EMOJI, "blob", 10)))
                .containsExactly("blobcat", "Blobwave", "wave_blob", "catblob");
    }

    @Test
    void matching_limit_keepsTheFirst() {
        assertThat(codes(EmojiSearch.matching(EMOJI, "blob", 3))).containsExactly("blobcat", "Blobwave", "wave_blob");
    }

    @Test
    void matching_nothingMatches_isEmpty() {
        assertThat(EmojiSearch.matching(EMOJI, "sheep", 10)).isEmpty();
    }

    @Test
    void bundled_unicodeList_hasEveryGroupAndNames() {
        var all = UnicodeEmoji.bundled();

        assertThat(all).extracting(UnicodeEmoji::group).contains(UnicodeEmoji.Group.values());
        assertThat(all.getFirst().chars()).isEqualTo("😀");
        assertThat(all)
                .filteredOn(e -> e.matches("sheep"))
                .extracting(UnicodeEmoji::chars)
                .contains("🐑");
    }
}
