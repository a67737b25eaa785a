package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.model.ServerLimits;

/**
 * The character counter against Mastodon's rules (issue #5). Each row names the rule it checks:
 *
 * <ul>
 *   <li>SLV: {@code app/validators/status_length_validator.rb} (StatusLengthValidator): URLs count
 *       as 23, remote mentions as {@code @user}, the content warning counts, grapheme clusters,
 *       blank text is nothing;
 *   <li>TT: twitter-text's {@code valid_url} and {@code end_mention_match}, as Mastodon extracts
 *       with them ({@code Extractor}), with Mastodon's {@code config/initializers/twitter_regex.rb};
 *   <li>MENTION_RE: {@code Account::MENTION_RE};
 *   <li>UAX29: Unicode's extended grapheme clusters, which Ruby's {@code each_grapheme_cluster}
 *       counts.
 * </ul>
 */
class CharacterCounterTest {
    private static final CharacterCounter COUNTER = new CharacterCounter(ServerLimits.MASTODON_DEFAULTS);

    static Stream<Arguments> rows() {
        return Stream.of(
                // rule, text, content warning, characters counted
                arguments("plain text counts each character", "Hello, world", "", 12),
                arguments("SLV: a long URL counts as 23", "https://example.com/a/very/long/path/that/goes/on", "", 23),
                arguments("SLV: a short URL counts as 23 too", "http://a.co", "", 23),
                arguments("SLV: text around a URL counts as written", "Read https://joinmastodon.org/ now", "", 32),
                arguments("SLV: each URL counts", "https://a.example.com https://b.example.com/x", "", 47),
                arguments("TT: a trailing period is not part of the URL", "See https://example.com/page.", "", 28),
                arguments("TT: trailing ?! are not part of the URL", "https://example.com/x?!", "", 25),
                arguments("TT: a query ending on a letter is", "https://example.com/search?q=mastodon&lang=en", "", 23),
                arguments("TT: a port is part of the URL", "http://example.com:8080/x", "", 23),
                arguments("TT: a URL in parentheses stops before ')'", "(https://example.com/foo)", "", 25),
                arguments(
                        "TT: balanced parentheses belong to the URL",
                        "https://en.wikipedia.org/wiki/Primer_(film)",
                        "",
                        23),
                arguments(
                        "TT: balanced parentheses, then a closing one",
                        "(see https://en.wikipedia.org/wiki/Primer_(film))",
                        "",
                        29),
                arguments("TT: an IDN domain is a URL", "https://bücher.de/katalog", "", 23),
                arguments("TT: an IDN top-level domain is a URL", "https://пример.рф/путь", "", 23),
                arguments("TT: a punycode domain is a URL", "https://xn--bcher-kva.de", "", 23),
                arguments("TT: twitter_regex.rb also links gemini://", "gemini://example.org/page", "", 23),
                arguments("SLV: a URL without a scheme counts as written", "example.com/path", "", 16),
                arguments("TT: ftp:// is not a scheme Mastodon links", "ftp://example.com/file", "", 22),
                arguments("TT: a host without a dot is no URL", "http://localhost:3000/", "", 22),
                arguments("TT: a URL right after a letter is no URL", "xhttps://example.com", "", 20),
                arguments("TT: a URL right after $ is no URL", "$https://example.com", "", 20),
                arguments("SLV: a local mention counts as written", "@alice hello", "", 12),
                arguments("SLV: a remote mention counts as @user", "@alice@mastodon.social hello", "", 12),
                arguments(
                        "MENTION_RE: the domain stops before a final period",
                        "Thanks @bob@social.example.org.",
                        "",
                        12),
                arguments("MENTION_RE: usernames may hold dots", "@first.last@example.com", "", 11),
                arguments("MENTION_RE: an e-mail address is no mention", "mail bob@example.com", "", 20),
                arguments("TT: @no followed by a Latin accent is no mention", "@noël@example.com", "", 17),
                arguments(
                        "MENTION_RE: a mention in a URL is part of the URL",
                        "https://mastodon.social/@Gargron",
                        "",
                        23),
                arguments("SLV: a hashtag counts as written", "#mastodon", "", 9),
                arguments("SLV: a custom emoji shortcode counts as written", ":blobcat: hi", "", 12),
                arguments("UAX29: a flag (regional indicator pair) is one", "🇯🇵", "", 1),
                arguments("UAX29: an emoji with a skin tone is one", "👍🏽", "", 1),
                arguments("UAX29: a ZWJ family is one", "👨‍👩‍👧‍👦", "", 1),
                arguments("UAX29: a ZWJ profession with a skin tone is one", "🧑🏽‍💻", "", 1),
                arguments("UAX29: a keycap is one", "1️⃣", "", 1),
                arguments("UAX29: a subdivision flag (tag sequence) is one", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "", 1),
                arguments("UAX29: CJK counts one per ideograph", "日本語のテキスト", "", 8),
                arguments("UAX29: Hangul conjoining jamo make one syllable", "\u1112\u1161\u11ab", "", 1),
                arguments("UAX29: a combining accent joins its letter", "e\u0301te\u0301", "", 3),
                arguments("UAX29: stacked combining marks join one letter", "Z\u0351\u036b\u0343", "", 1),
                arguments("SLV: the content warning counts", "Hello", "Spoilers!", 14),
                arguments("SLV: a URL in the content warning counts as written", "x", "https://example.com/a/b", 24),
                arguments("SLV: blank text counts as nothing", "  \n ", "", 0),
                arguments("SLV: blank text with a content warning", "  ", "CW", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void count_followsMastodonsRule(String rule, String text, String spoilerText, int expected) {
        assertThat(COUNTER.count(text, spoilerText).used()).as(rule).isEqualTo(expected);
    }

    @Test
    void count_usesTheServersLimitAndUrlLength() {
        CharacterCounter counter = new CharacterCounter(5000, 30);

        CharacterCount count = counter.count("Look: https://example.com", "");

        assertThat(count.used()).isEqualTo(6 + 30);
        assertThat(count.max()).isEqualTo(5000);
        assertThat(count.remaining()).isEqualTo(5000 - 36);
    }

    @Test
    void count_pastTheLimit_isOverWithNegativeRemaining() {
        CharacterCount atLimit = COUNTER.count("a".repeat(500), "");
        CharacterCount over = COUNTER.count("a".repeat(499), "CW");

        assertThat(atLimit.isOver()).isFalse();
        assertThat(atLimit.remaining()).isZero();
        assertThat(over.isOver()).isTrue();
        assertThat(over.remaining()).isEqualTo(-1);
    }

    @Test
    @Timeout(value = 5)
    void count_pathologicalText_neitherOverflowsTheStackNorHangs() throws Exception {
        // Java's regex engine recurses per repetition of a group: on the FX thread's small stack a
        // long word or a long run of labels once overflowed it.
        String[] texts = {
            "a".repeat(5000) + ": https://",
            "https://" + "a-".repeat(2500) + "b.com",
            "https://x" + ".a".repeat(2000) + ".com",
            "https://example.com/" + "(a)".repeat(1600),
            "@a" + ".a".repeat(2500) + "@b" + "-b".repeat(2500),
            ("https://example.com/" + "(a".repeat(200) + " a.b.c.d.e.f.g.h " + "@x@y.z ").repeat(10)
        };
        List<Integer> used = new ArrayList<>();
        Thread small = new Thread(
                null,
                () -> {
                    for (String text : texts) {
                        used.add(COUNTER.count(text, "").used());
                    }
                },
                "small-stack",
                256 * 1024);
        small.start();
        small.join();

        assertThat(used).hasSize(texts.length);
        assertThat(used.get(3))
                .as("a URL with very many parentheses still counts as one")
                .isLessThan(4820);
    }
}
