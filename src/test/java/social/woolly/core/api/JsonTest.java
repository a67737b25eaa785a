package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.woolly.core.model.Account;
import social.woolly.core.model.CardType;
import social.woolly.core.model.FilterAction;
import social.woolly.core.model.FilterContext;
import social.woolly.core.model.GroupedNotificationsResults;
import social.woolly.core.model.MediaType;
import social.woolly.core.model.Notification;
import social.woolly.core.model.NotificationType;
import social.woolly.core.model.QuoteState;
import social.woolly.core.model.Status;
import social.woolly.core.model.Token;
import social.woolly.core.model.Visibility;

class JsonTest {

    private static final Type STATUSES = new TypeToken<List<Status>>() {}.getType();

    @Test
    void read_fullStatus_mapsEveryDocumentedField() throws Exception {
        Status status = Fixtures.decode("statuses/status.json", Status.class);

        assertThat(status.id()).isEqualTo("113500000000000042");
        assertThat(status.createdAt()).isEqualTo(Instant.parse("2025-03-08T14:02:11.123456Z"));
        assertThat(status.editedAt()).isEqualTo(Instant.parse("2025-03-08T13:10:00Z"));
        assertThat(status.visibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(status.sensitive()).isTrue();
        assertThat(status.spoilerText()).isEqualTo("spring plans");
        assertThat(status.inReplyToId()).isEqualTo("01HV7Z9X3K8Q2M4N6P8R0T2V4W");
        assertThat(status.inReplyToAccountId()).isEqualTo("AbC9xyzQ");
        assertThat(status.language()).isEqualTo("en");
        assertThat(status.url()).isEqualTo("https://woolly.test/@fern/113500000000000042");
        assertThat(List.of(
                        status.repliesCount(), status.reblogsCount(), status.favouritesCount(), status.quotesCount()))
                .containsExactly(2, 5, 17, 1);
        assertThat(List.of(status.favourited(), status.reblogged(), status.bookmarked(), status.muted()))
                .containsExactly(true, false, true, false);
        assertThat(status.application()).isNotNull();
        assertThat(status.application().name()).isEqualTo("Woolly");
        assertThat(status.account().acct()).isEqualTo("fern");
        assertThat(status.mentions()).singleElement().extracting(m -> m.acct()).isEqualTo("moss@lichen.example");
        assertThat(status.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.name()).isEqualTo("garden");
            assertThat(tag.history()).singleElement().extracting(h -> h.uses()).isEqualTo("12");
        });
        assertThat(status.emojis())
                .singleElement()
                .extracting(e -> e.category())
                .isEqualTo("Plants");
    }

    @Test
    void read_fullStatus_mapsMediaPollCardQuoteAndFilter() throws Exception {
        Status status = Fixtures.decode("statuses/status.json", Status.class);

        var image = status.mediaAttachments().get(0);
        assertThat(image.type()).isEqualTo(MediaType.IMAGE);
        assertThat(image.meta().original().width()).isEqualTo(1600);
        assertThat(image.meta().small().height()).isEqualTo(480);
        assertThat(image.meta().focus().x()).isEqualTo(-0.25);
        assertThat(image.meta().focus().y()).isEqualTo(0.5);
        assertThat(image.aspect()).isEqualTo(4 / 3.0);
        assertThat(image.blurhash()).startsWith("UFBWY");
        assertThat(image.description()).isEqualTo("Six trays of seedlings on a windowsill");
        var video = status.mediaAttachments().get(1);
        assertThat(video.type()).isEqualTo(MediaType.VIDEO);
        assertThat(video.meta().original().bitrate()).isEqualTo(862056L);
        assertThat(video.aspect()).isEqualTo(1280 / 720.0);

        assertThat(status.poll().options()).extracting(o -> o.votesCount()).containsExactly(6, 4, null);
        assertThat(status.poll().ownVotes()).containsExactly(1);
        assertThat(status.card().type()).isEqualTo(CardType.LINK);
        assertThat(status.card().publishedAt()).isEqualTo(Instant.parse("2025-02-01T08:00:00Z"));

        assertThat(status.quote().state()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(status.quote().isShowable()).isTrue();
        assertThat(status.quote().quotedStatusId()).isEqualTo("01HV7Z9X3K8Q2M4N6P8R0T2V4W");

        var filtered = status.filtered().getFirst();
        assertThat(filtered.filter().filterAction()).isEqualTo(FilterAction.BLUR);
        assertThat(filtered.filter().context())
                .containsExactly(FilterContext.HOME, FilterContext.PUBLIC, FilterContext.UNKNOWN);
        assertThat(filtered.filter().keywords())
                .singleElement()
                .extracting(k -> k.wholeWord())
                .isEqualTo(true);
        assertThat(filtered.keywordMatches()).containsExactly("plans");
        assertThat(filtered.statusMatches()).isEmpty();
    }

    @Test
    void read_minimalStatus_givesEmptyListsAndDefaults() throws Exception {
        Status status = Fixtures.decode("statuses/minimal.json", Status.class);

        assertThat(status.mediaAttachments()).isEmpty();
        assertThat(status.mentions()).isEmpty();
        assertThat(status.tags()).isEmpty();
        assertThat(status.emojis()).isEmpty();
        assertThat(status.filtered()).isEmpty();
        assertThat(status.content()).isEmpty();
        assertThat(status.spoilerText()).isEmpty();
        assertThat(status.visibility()).isEqualTo(Visibility.UNKNOWN);
        assertThat(status.createdAt()).isNull();
        assertThat(status.url()).isNull();
        assertThat(status.poll()).isNull();
        assertThat(status.quote()).isNull();
        assertThat(status.account().fields()).isEmpty();
        assertThat(status.account().acct()).isEmpty();
    }

    @Test
    void read_unknownValuesAndOddShapes_neverFailTheStatus() throws Exception {
        Status status = Fixtures.decode("statuses/unknown_values.json", Status.class);

        assertThat(status.visibility()).isEqualTo(Visibility.UNKNOWN);
        assertThat(status.createdAt()).isNull();
        assertThat(status.editedAt()).isNull();
        assertThat(status.sensitive()).isFalse();
        assertThat(status.repliesCount()).isZero();
        assertThat(status.reblogsCount()).isEqualTo(3);
        assertThat(status.favouritesCount()).isEqualTo(4);
        assertThat(status.account().id()).isEqualTo("42");
        assertThat(status.account().createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000));
        assertThat(status.account().fields()).isEmpty();
        assertThat(status.account().emojis()).isEmpty();
        assertThat(status.mediaAttachments()).singleElement().satisfies(media -> {
            assertThat(media.type()).isEqualTo(MediaType.UNKNOWN);
            assertThat(media.meta()).isNull();
        });
        assertThat(status.mentions()).isEmpty();
        assertThat(status.card().type()).isEqualTo(CardType.UNKNOWN);
        assertThat(status.filtered().getFirst().filter().filterAction()).isEqualTo(FilterAction.UNKNOWN);
        assertThat(status.quote().state()).isEqualTo(QuoteState.UNKNOWN);
        assertThat(status.quote().quotedStatusId()).isEqualTo("q9");
        assertThat(status.quote().isShowable()).isFalse();
    }

    @Test
    void read_akkomaQuote_isAnAcceptedQuote() throws Exception {
        Status status = Fixtures.decode("statuses/akkoma_quote.json", Status.class);

        assertThat(status.quote().state()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(status.quote().quotedStatus().account().acct()).isEqualTo("orig@other.example");
        assertThat(status.quote().quotedStatusId()).isEqualTo("AkQuOtEd0");
    }

    @Test
    void read_pleromaQuote_isAnAcceptedQuote() throws Exception {
        Status status = Fixtures.decode("statuses/pleroma_quote.json", Status.class);

        assertThat(status.quote().quotedStatus().id()).isEqualTo("PlQ0");
        assertThat(status.quote().quotedStatus().visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void read_timeline_acceptsNumericAndNonNumericIdsAsOpaqueStrings() throws Exception {
        List<Status> statuses = Fixtures.decode("timelines/home.json", STATUSES);

        assertThat(statuses)
                .extracting(Status::id)
                .containsExactly("113500000000000200", "113500000000000099", "01HV7ZA0000000000000000001");
        assertThat(statuses.getFirst().reblog()).isNotNull();
        assertThat(statuses.getFirst().shown().id()).isEqualTo("113500000000000100");
    }

    @Test
    void read_pageWithAStatusWithoutId_skipsOnlyThatStatus() throws Exception {
        // Audit F12: one unreadable element used to fail the whole page.
        String page = """
                [{"id":"1","account":{"id":"a1"},"content":"first"},
                 {"account":{"id":"a1"},"content":"no id"},
                 {"id":"3","account":{"id":"a1"},"content":"third"}]
                """;

        List<Status> statuses = Json.read(page.getBytes(StandardCharsets.UTF_8), STATUSES);

        assertThat(statuses).extracting(Status::id).containsExactly("1", "3");
    }

    @Test
    void read_elementFailingPartwayIn_skipsItAndReadsOn() throws Exception {
        // The account without an id fails inside the status, before the status's own end.
        String page = """
                [{"id":"1","account":{"username":"x","fields":[{"name":"a"}]},"content":"bad","tags":[]},
                 {"id":"2","account":{"id":"a1"},"content":"good",
                  "media_attachments":[{"type":"image"},{"id":"m2","type":"image"}]}]
                """;

        List<Status> statuses = Json.read(page.getBytes(StandardCharsets.UTF_8), STATUSES);

        assertThat(statuses).singleElement().satisfies(status -> {
            assertThat(status.id()).isEqualTo("2");
            assertThat(status.mediaAttachments()).extracting(m -> m.id()).containsExactly("m2");
        });
    }

    @Test
    void read_singleStatusWithoutId_stillFails() {
        assertThatThrownBy(() -> Json.read("{\"account\":{\"id\":\"a1\"}}", Status.class))
                .isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void read_decodedLists_areUnmodifiable() throws Exception {
        Status status = Fixtures.decode("statuses/status.json", Status.class);

        assertThatThrownBy(() -> status.mediaAttachments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void read_notifications_keepRawTypeOfUnknownTypes() throws Exception {
        List<Notification> notifications =
                Fixtures.decode("notifications/list.json", new TypeToken<List<Notification>>() {}.getType());

        assertThat(notifications)
                .extracting(Notification::type)
                .containsExactly(NotificationType.MENTION, NotificationType.ADMIN_SIGN_UP, NotificationType.UNKNOWN);
        assertThat(notifications)
                .extracting(Notification::rawType)
                .containsExactly("mention", "admin.sign_up", "pleroma:emoji_reaction");
        assertThat(notifications.get(1).id()).isEqualTo("34975860");
        assertThat(notifications.get(0).status().visibility()).isEqualTo(Visibility.DIRECT);
    }

    @Test
    void read_groupedNotifications_mapsGroupsAccountsAndStatuses() throws Exception {
        var results = Fixtures.decode("notifications/grouped.json", GroupedNotificationsResults.class);

        assertThat(results.accountsById()).containsKeys("16", "AbC9xyzQ");
        assertThat(results.statusesById()).containsKey("113010503322889311");
        assertThat(results.partialAccounts())
                .singleElement()
                .extracting(a -> a.acct())
                .isEqualTo("pa@else.example");
        var favourite = results.notificationGroups().get(0);
        assertThat(favourite.type()).isEqualTo(NotificationType.FAVOURITE);
        assertThat(favourite.mostRecentNotificationId()).isEqualTo("196014");
        assertThat(favourite.sampleAccountIds()).containsExactly("16", "AbC9xyzQ");
        var unknown = results.notificationGroups().get(1);
        assertThat(unknown.type()).isEqualTo(NotificationType.UNKNOWN);
        assertThat(unknown.rawType()).isEqualTo("annual_report");
        assertThat(unknown.statusId()).isNull();
    }

    @Test
    void read_accountWithSource_mapsCredentials() throws Exception {
        Account account = Fixtures.decode("accounts/credentials.json", Account.class);

        assertThat(account.id()).isEqualTo("110000000000000001");
        assertThat(account.locked()).isTrue();
        assertThat(account.lastStatusAt()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
        assertThat(account.source().privacy()).isEqualTo(Visibility.PRIVATE);
        assertThat(account.source().followRequestsCount()).isEqualTo(3);
        assertThat(account.source().fields())
                .singleElement()
                .extracting(f -> f.name())
                .isEqualTo("Site");
    }

    @Test
    void read_account_mapsFieldsAndEmojis() throws Exception {
        Account account = Fixtures.decode("accounts/account.json", Account.class);

        assertThat(account.bot()).isTrue();
        assertThat(account.discoverable()).isTrue();
        assertThat(account.fields())
                .extracting(f -> f.verifiedAt())
                .containsExactly(Instant.parse("2023-07-15T18:29:57.191Z"), null);
        assertThat(account.emojis())
                .singleElement()
                .extracting(e -> e.shortcode())
                .isEqualTo("fern");
        assertThat(account.avatarStatic()).endsWith("moss_static.png");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "2025-03-08T14:02:11.123Z        | 2025-03-08T14:02:11.123Z",
                "2025-03-08T14:02:11Z            | 2025-03-08T14:02:11Z",
                "2025-03-08T14:02:11.123456789123Z | 2025-03-08T14:02:11.123456789Z",
                "2025-03-08T14:02:11.5+02:00     | 2025-03-08T12:02:11.500Z",
                "2025-03-08T14:02:11+0530        | 2025-03-08T08:32:11Z",
                "2025-03-08T14:02:11-05          | 2025-03-08T19:02:11Z",
                "2025-03-08 14:02:11             | 2025-03-08T14:02:11Z",
                "2025-03-08T14:02                | 2025-03-08T14:02:00Z",
                "2025-03-08                      | 2025-03-08T00:00:00Z",
                "2025-02-30T00:00:00Z            | null",
                "yesterday                       | null",
                "''                              | null",
            })
    void parseInstant_oddPrecisionAndForms_readOrNull(String text, String expected) {
        Instant parsed = JsonScalars.parseInstant(text);

        assertThat(parsed).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @Test
    void read_token_toStringHidesTheToken() throws Exception {
        Token token = Fixtures.decode("oauth/token.json", Token.class);

        assertThat(token.accessToken()).startsWith("ZA-Yj3");
        assertThat(token.createdAt()).isEqualTo(Instant.ofEpochSecond(1_573_979_017));
        assertThat(token.toString()).doesNotContain("ZA-Yj3");
    }

    @Test
    void read_tokenMissingAccessToken_failsWithoutEchoingOtherFields() {
        byte[] json = "{\"token_type\":\"Bearer\",\"scope\":\"s3cr3t-scope\"}".getBytes();

        assertThatThrownBy(() -> Json.read(json, Token.class))
                .isInstanceOf(ApiException.BadResponse.class)
                .hasMessageContaining("access_token")
                .hasMessageNotContaining("s3cr3t")
                .hasNoCause();
    }

    @Test
    void read_statusWithoutId_isBadResponse() {
        byte[] json = "{\"content\":\"x\",\"account\":{\"id\":\"1\"}}".getBytes();

        assertThatThrownBy(() -> Json.read(json, Status.class))
                .isInstanceOf(ApiException.BadResponse.class)
                .hasMessageContaining("status id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated       | [{\"id\":\"1\",\"account\":{\"id\":",
                "html            | <!DOCTYPE html><html><body>Welcome</body></html>",
                "trailing data   | [] []",
                "wrong shape     | {\"error\":\"nope\"}",
                "null            | null",
                "empty           | ''",
            })
    void read_notATimeline_isBadResponse(String what, String body) {
        assertThatThrownBy(() -> Json.read(body.getBytes(), STATUSES)).isInstanceOf(ApiException.BadResponse.class);
    }

    @Test
    void read_twoMegabyteTimeline_parses() throws Exception {
        String one = Fixtures.text("statuses/status.json");
        StringBuilder page = new StringBuilder("[");
        int count = 0;
        while (page.length() < 2 * 1024 * 1024) {
            if (count > 0) {
                page.append(',');
            }
            page.append(one.replaceFirst("113500000000000042", "id-" + count));
            count++;
        }
        page.append(']');

        List<Status> statuses = Json.read(page.toString().getBytes(), STATUSES);

        assertThat(statuses).hasSize(count);
        assertThat(statuses.getLast().id()).isEqualTo("id-" + (count - 1));
    }
}
