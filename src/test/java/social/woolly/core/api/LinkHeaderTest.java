package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkHeaderTest {
    private static final HttpUrl BASE = HttpUrl.get("https://woolly.test/api/v1/timelines/home?limit=40");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // case | header | next max_id | prev min_id
                "Mastodon | <https://woolly.test/api/v1/timelines/home?limit=40&max_id=AbC9>; rel=\"next\", "
                        + "<https://woolly.test/api/v1/timelines/home?limit=40&min_id=X1>; rel=\"prev\" | AbC9 | X1",
                "absent | null | null | null",
                "blank | '   ' | null | null",
                "only next | <https://woolly.test/x?max_id=01HV7Z>; rel=next | 01HV7Z | null",
                "prev first, params reordered | <https://woolly.test/x?min_id=9>; title=\"p\"; rel=\"prev\",  "
                        + "<https://woolly.test/x?max_id=8>;rel=\"next\";type=\"text/html\" | 8 | 9",
                "several rel values | <https://woolly.test/x?max_id=7>; rel=\"last next\" | 7 | null",
                "upper case rel | <https://woolly.test/x?max_id=6>; REL=\"NEXT\" | 6 | null",
                "previous spelled out | <https://woolly.test/x?min_id=5>; rel=\"previous\" | null | 5",
                "comma and semicolon in URL | <https://woolly.test/x?a=1,2;3&max_id=4>; rel=\"next\" | 4 | null",
                "quoted comma in param | <https://woolly.test/x?max_id=3>; title=\"a, b\"; rel=\"next\" | 3 | null",
                "relative URL | </api/v1/timelines/home?max_id=2>; rel=\"next\" | 2 | null",
                "escaped ids stay opaque | <https://woolly.test/x?max_id=a%2Bb>; rel=\"next\" | a+b | null",
                "first rel wins | <https://woolly.test/x?max_id=1>; rel=\"next\"; rel=\"prev\" | 1 | null",
                "no paging params | <https://woolly.test/x?offset=40>; rel=\"next\" | null | null",
                "same page again | <https://woolly.test/api/v1/timelines/home?limit=40>; rel=\"next\" | null | null",
                "garbage | rel=next; <unclosed | null | null",
            })
    void cursors_fromHeader(String name, String header, String nextMaxId, String prevMinId) {
        LinkHeader links = LinkHeader.parse(header);

        PageCursor next =
                links.find("next").map(link -> LinkHeader.cursorOf(link, BASE)).orElse(null);
        PageCursor prev = links.find("prev")
                .or(() -> links.find("previous"))
                .map(link -> LinkHeader.cursorOf(link, BASE))
                .orElse(null);

        assertThat(next == null ? null : next.maxId()).isEqualTo(nextMaxId);
        assertThat(prev == null ? null : prev.minId()).isEqualTo(prevMinId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "two links | <a>; rel=next, <b>; rel=prev | 2",
                "one link, two rels | <a>; rel=\"next last\" | 1",
                "none | nothing here | 0",
            })
    void links_count(String name, String header, int count) {
        assertThat(LinkHeader.parse(header).links()).hasSize(count);
    }

    @Test
    void cursorOf_linkWithAnUnknownCursorParameter_carriesIt() {
        // Audit F7: Hollo's bookmarks and favourites page with before=<ISO time>.
        LinkHeader links = LinkHeader.parse(
                "<https://woolly.test/api/v1/bookmarks?before=2025-01-01T00%3A00%3A00.000Z&limit=40>; rel=\"next\"");

        PageCursor next = LinkHeader.cursorOf(links.find("next").orElseThrow(), BASE);

        assertThat(next).isNotNull();
        assertThat(next.params()).containsExactly(Map.entry("before", "2025-01-01T00:00:00.000Z"));
        assertThat(next.isNewest()).isFalse();
    }

    @Test
    void cursorOf_linkRepeatingOnlyTheRequestsOwnParameters_isNone() {
        HttpUrl requested = HttpUrl.get("https://woolly.test/api/v1/timelines/public?local=true&limit=40");
        LinkHeader links = LinkHeader.parse("<https://woolly.test/api/v1/timelines/public?local=true>; rel=\"next\"");

        assertThat(LinkHeader.cursorOf(links.find("next").orElseThrow(), requested))
                .isNull();
    }
}
