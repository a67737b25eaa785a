package social.woolly.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.com                 | https://example.com",
                "  http://example.com/a?b=c#d        | http://example.com/a?b=c#d",
                "HTTPS://Example.com/Path            | https://Example.com/Path",
                "https://[::1]:8443/x                | https://[::1]:8443/x",
                "https://bücher.example/ö            | https://bücher.example/ö",
            })
    void safeHref_absoluteHttp_isKept(String raw, String expected) {
        assertThat(LinkText.safeHref(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                " JavaScript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "vbscript:x",
                "mailto:a@example.com",
                "ftp://example.com",
                "/relative/path",
                "relative",
                "//evil.example/x",
                "https://",
                "https:///path",
                "https://?q",
                "https://@evil.example",
                "https://exa mple.com",
                "https://example.com/\u202Egpj.exe",
                "https://exa\u200Bmple.com",
                "https://example.com/a\u0000b",
                "",
            })
    void safeHref_anythingElse_isRejected(String raw) {
        assertThat(LinkText.safeHref(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://Social.Example/@Alice/       | https://social.example/@Alice",
                "https://social.example/@alice#frag   | https://social.example/@alice",
                "https://social.example               | https://social.example",
                "https://social.example/tags/x?y=1    | https://social.example/tags/x?y=1",
            })
    void matchKey_spellingsOfOneUrl_agree(String href, String key) {
        assertThat(LinkText.matchKey(href)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://Social.Example/@a         | social.example",
                "https://user:pw@host.example:8443 | host.example",
                "https://[::1]:8443/x              | [::1]",
                "https://[::1]                     | [::1]",
                "http://host.example?x             | host.example",
            })
    void host_ofSafeHref_isLowerCaseWithoutPortOrUser(String href, String host) {
        assertThat(LinkText.host(href)).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"abcdef | 3 | abc", "ab | 5 | ab", "a😀 | 2 | a", "a😀 | 3 | a😀", "x | 0 | ''"})
    void cut_longText_keepsSurrogatePairsWhole(String text, int max, String expected) {
        assertThat(LinkText.cut(text, max)).isEqualTo(expected);
    }
}
