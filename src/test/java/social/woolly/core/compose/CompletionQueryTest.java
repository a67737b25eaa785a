package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.compose.CompletionQuery.Kind;

/**
 * Which token the caret ends (issue #5, autocomplete). {@code |} in a row's text marks the caret.
 * A token starts a word as Mastodon's {@code MENTION_RE} ({@code (?<![=\/[:word:]])@}), {@code
 * HASHTAG_RE} and custom emoji pattern ({@code (?<=[^[:alnum:]:]|\n|^):}) see it.
 */
class CompletionQueryTest {

    static Stream<Arguments> tokens() {
        return Stream.of(
                // text with caret, kind, term, start, end
                arguments("@bo|", Kind.ACCOUNT, "bo", 0, 3),
                arguments("Hi @bo|", Kind.ACCOUNT, "bo", 3, 6),
                arguments("Hi\n@bo|", Kind.ACCOUNT, "bo", 3, 6),
                arguments("(@bo|", Kind.ACCOUNT, "bo", 1, 4),
                arguments("Hi,@bo|", Kind.ACCOUNT, "bo", 3, 6),
                arguments("\"@bo|", Kind.ACCOUNT, "bo", 1, 4),
                arguments("👋@bo|", Kind.ACCOUNT, "bo", 2, 5),
                arguments("你好 @bo|", Kind.ACCOUNT, "bo", 3, 6),
                arguments("@bob@|", Kind.ACCOUNT, "bob@", 0, 5),
                arguments("@bob@mastodon.soc|", Kind.ACCOUNT, "bob@mastodon.soc", 0, 17),
                arguments("@bo|b and more", Kind.ACCOUNT, "bo", 0, 4),
                arguments("@bo|b@host.example x", Kind.ACCOUNT, "bo", 0, 17),
                arguments("#wo|", Kind.HASHTAG, "wo", 0, 3),
                arguments("I like #wool|", Kind.HASHTAG, "wool", 7, 12),
                arguments("#日本|", Kind.HASHTAG, "日本", 0, 3),
                arguments("テスト #タグ|", Kind.HASHTAG, "タグ", 4, 7),
                arguments("#नम|", Kind.HASHTAG, "नम", 0, 3),
                arguments(":bl|", Kind.EMOJI, "bl", 0, 3),
                arguments("Hello :blob_w|", Kind.EMOJI, "blob_w", 6, 13),
                arguments("🙂:bl|", Kind.EMOJI, "bl", 2, 5),
                arguments(":bl|ob: x", Kind.EMOJI, "bl", 0, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void at_tokenBeforeCaret_isFound(String marked, Kind kind, String term, int start, int end) {
        int caret = marked.indexOf('|');
        String text = marked.replace("|", "");

        assertThat(CompletionQuery.at(text, caret)).contains(new CompletionQuery(kind, term, start, end));
    }

    static Stream<Arguments> noTokens() {
        return Stream.of(
                arguments("nothing typed", "|"),
                arguments("a trigger alone", "Hi @|"),
                arguments("plain words", "Hello there|"),
                arguments("an e-mail address", "mail me at bob@exa|"),
                arguments("a profile URL", "https://mastodon.social/@bo|"),
                arguments("a URL fragment", "https://example.com/page#sec|"),
                arguments("a query parameter", "?tag=#wo|"),
                arguments("a letter before the hash", "abc#wo|"),
                arguments("CJK letters before the mention, as the server sees it", "日本@bo|"),
                arguments("one character after the colon", ":b|"),
                arguments("a time", "at 12:30|"),
                arguments("a smiley", "ok :)|"),
                arguments("a finished shortcode", ":blob:|"),
                arguments("a double colon", "a ::bl|"),
                arguments("after the token and a space", "@bob |"),
                arguments("a username with a stray character", "@bo!b|"),
                arguments("an empty username before the host", "@@host|"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noTokens")
    void at_noTokenBeforeCaret_isEmpty(String why, String marked) {
        int caret = marked.indexOf('|');

        assertThat(CompletionQuery.at(marked.replace("|", ""), caret)).isEmpty();
    }

    @Test
    void at_caretPastTheEnd_takesTheEnd() {
        assertThat(CompletionQuery.at("@bo", 99)).map(CompletionQuery::term).contains("bo");
    }

    @Test
    void complete_account_replacesTokenAndAddsSpace() {
        String text = "Hi @bo";
        TextEdit edit = CompletionQuery.at(text, 6).orElseThrow().complete(text, "bob");

        assertThat(edit.applyTo(text)).isEqualTo("Hi @bob ");
        assertThat(edit.caret()).isEqualTo(8);
    }

    @Test
    void complete_inTheMiddleOfAWord_replacesTheWholeWordAndKeepsTheSpaceAfter() {
        String text = "Hi @bo@mast and";
        TextEdit edit = CompletionQuery.at(text, 6).orElseThrow().complete(text, "bob@mastodon.social");

        assertThat(edit.applyTo(text)).isEqualTo("Hi @bob@mastodon.social and");
        assertThat(edit.caret()).isEqualTo("Hi @bob@mastodon.social ".length());
    }

    @Test
    void complete_emojiBeforeItsClosingColon_writesOneShortcode() {
        String text = ":bl: hi";
        TextEdit edit = CompletionQuery.at(text, 3).orElseThrow().complete(text, "blobwave");

        assertThat(edit.applyTo(text)).isEqualTo(":blobwave: hi");
    }

    @Test
    void complete_hashtag_writesHashAndSpace() {
        String text = "#wo";
        TextEdit edit = CompletionQuery.at(text, 3).orElseThrow().complete(text, "woolly");

        assertThat(edit.applyTo(text)).isEqualTo("#woolly ");
    }

    @Test
    void insert_shortcodeAfterAWord_putsASpaceBefore() {
        TextEdit edit = TextEdit.insert("Hello", 5, 5, ":woolly: ", true);

        assertThat(edit.applyTo("Hello")).isEqualTo("Hello :woolly: ");
        assertThat(edit.caret()).isEqualTo(15);
    }

    @Test
    void insert_unicodeOverASelection_replacesIt() {
        TextEdit edit = TextEdit.insert("I am sad", 8, 5, "😀", false);

        assertThat(edit.applyTo("I am sad")).isEqualTo("I am 😀");
        assertThat(edit.caret()).isEqualTo(7);
    }
}
