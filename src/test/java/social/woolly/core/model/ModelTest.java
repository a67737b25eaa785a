package social.woolly.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.Fixtures;

class ModelTest {

    @Test
    void newStatus_withUnknownVisibility_isRejected() {
        assertThatThrownBy(() ->
                        NewStatus.builder("hi").visibility(Visibility.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newStatus_builder_keepsEveryField() {
        var poll = new NewStatus.Poll(List.of("a", "b"), Duration.ofHours(1), true, false);

        NewStatus draft = NewStatus.builder("text")
                .spoilerText("cw")
                .visibility(Visibility.PRIVATE)
                .sensitive(true)
                .language("de")
                .inReplyToId("r1")
                .poll(poll)
                .quotedStatusId("q1")
                .build();

        assertThat(draft)
                .isEqualTo(
                        new NewStatus("text", "cw", Visibility.PRIVATE, true, "de", "r1", List.of(), poll, null, "q1"));
    }

    @Test
    void application_toString_hidesClientSecret() throws Exception {
        Application app = Fixtures.decode("apps/app.json", Application.class);

        assertThat(app.clientSecret()).startsWith("ZEaFUF");
        assertThat(app.redirectUris()).containsExactly("http://127.0.0.1:45123/callback");
        assertThat(app.toString()).doesNotContain("ZEaFUF").contains("TWhM-");
    }

    @Test
    void quote_pendingWithStatus_isNotShowable() {
        Status quoted = new Status(
                "1",
                null,
                null,
                null,
                null,
                account(),
                "",
                null,
                Visibility.PUBLIC,
                false,
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                null,
                null);

        assertThat(new Quote(QuoteState.PENDING, quoted, null).isShowable()).isFalse();
        assertThat(new Quote(QuoteState.ACCEPTED, quoted, null).quotedStatusId())
                .isEqualTo("1");
    }

    @Test
    void mediaAspect_withoutAspect_usesWidthAndHeight() {
        var size = new MediaMeta.Size(300, 150, null, null, null, null, null);
        var media = new MediaAttachment(
                "m", MediaType.IMAGE, null, null, null, new MediaMeta(size, null, null, null), null, null);

        assertThat(media.aspect()).isEqualTo(2.0);
    }

    @Test
    void markersAndLists_decode() throws Exception {
        var markers = Fixtures.decode("markers/markers.json", Marker.Markers.class);
        var list = Fixtures.decode("lists/list.json", MastodonList.class);

        assertThat(markers.home().lastReadId()).isEqualTo("01HV7Z9X3K8Q2M4N6P8R0T2V4W");
        assertThat(markers.notifications().version()).isEqualTo(361);
        assertThat(list.repliesPolicy()).isEqualTo(RepliesPolicy.FOLLOWED);
        assertThat(list.exclusive()).isTrue();
    }

    private static Account account() {
        return new Account(
                "a", "u", "u", null, "", "", null, null, null, null, false, false, false, null, null, null, null, null,
                null, 0, 0, 0, null, null, null, null);
    }
}
