package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.api.Fixtures;
import social.woolly.core.model.NotificationType;

class StreamEventDecoderTest {

    private static StreamEvent decode(String fixture) {
        return StreamEventDecoder.decode(Fixtures.text("streaming/" + fixture), null);
    }

    @Test
    void decode_update_isTheStatusOnItsStream() {
        StreamEvent event = decode("update.json");

        assertThat(event).isInstanceOfSatisfying(StreamEvent.Update.class, update -> {
            assertThat(update.stream()).isEqualTo(StreamSubscription.user());
            assertThat(update.status().id()).isEqualTo("108914327388663283");
            assertThat(update.status().account().acct()).isEqualTo("freon@letsalllovela.in");
            assertThat(update.status().createdAt()).isEqualTo(Instant.parse("2022-08-30T23:05:46.839Z"));
        });
    }

    @Test
    void decode_hashtagUpdate_carriesTheHashtagSubscription() {
        assertThat(decode("update_hashtag.json"))
                .isInstanceOfSatisfying(
                        StreamEvent.Update.class,
                        update -> assertThat(update.stream()).isEqualTo(StreamSubscription.hashtag("Garden")));
    }

    @Test
    void decode_delete_isTheBareId() {
        assertThat(decode("delete.json"))
                .isEqualTo(new StreamEvent.Delete(StreamSubscription.publicLocal(), "108914398911648589"));
        assertThat(decode("delete_list_flake_id.json"))
                .isEqualTo(new StreamEvent.Delete(StreamSubscription.list("42"), "ARsW4GMqKhm3dC7ylE"));
    }

    @Test
    void decode_numericDeletePayload_isTheIdAsText() {
        StreamEvent event =
                StreamEventDecoder.decode("{\"stream\":[\"public\"],\"event\":\"delete\",\"payload\":1234}", null);

        assertThat(event).isEqualTo(new StreamEvent.Delete(StreamSubscription.publicTimeline(), "1234"));
    }

    @Test
    void decode_statusUpdate_isTheEditedStatus() {
        assertThat(decode("status_update.json")).isInstanceOfSatisfying(StreamEvent.StatusUpdate.class, edit -> {
            assertThat(edit.status().content()).isEqualTo("<p>edited</p>");
            assertThat(edit.status().editedAt()).isEqualTo(Instant.parse("2022-11-15T16:07:29.023Z"));
        });
    }

    @Test
    void decode_notification_isTheNotification() {
        assertThat(decode("notification.json")).isInstanceOfSatisfying(StreamEvent.Notification.class, n -> {
            assertThat(n.stream()).isEqualTo(StreamSubscription.userNotification());
            assertThat(n.notification().type()).isEqualTo(NotificationType.MENTION);
            assertThat(n.notification().status()).isNotNull();
        });
    }

    @Test
    void decode_eventsWithoutPayload_areTyped() {
        assertThat(decode("filters_changed.json")).isEqualTo(new StreamEvent.FiltersChanged(StreamSubscription.user()));
        assertThat(decode("notifications_merged.json"))
                .isEqualTo(new StreamEvent.NotificationsMerged(StreamSubscription.user()));
    }

    @Test
    void decode_conversationAndAnnouncement_keepTheirJson() {
        assertThat(decode("conversation.json")).isInstanceOfSatisfying(StreamEvent.Conversation.class, c -> {
            assertThat(c.stream()).isEqualTo(StreamSubscription.direct());
            assertThat(c.json()).startsWith("{\"id\":\"819516\"");
        });
        assertThat(decode("announcement_reaction.json")).isInstanceOfSatisfying(StreamEvent.Announcement.class, a -> {
            assertThat(a.event()).isEqualTo("announcement.reaction");
            assertThat(a.payload()).contains("\"announcement_id\":\"1\"");
        });
    }

    @Test
    void decode_unknownEvent_isUnknownWithItsName() {
        assertThat(decode("unknown_event.json"))
                .isEqualTo(new StreamEvent.Unknown(StreamSubscription.user(), "encrypted_message", "{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"update_without_id.json", "update_truncated_payload.json"})
    void decode_unusablePayload_isMalformedWithTheEventName(String fixture) {
        assertThat(decode(fixture))
                .isInstanceOfSatisfying(
                        StreamEvent.Malformed.class, m -> assertThat(m.event()).isEqualTo("update"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[]",
                "null",
                "{\"stream\":[\"user\"]}",
                "{\"event\":\"update\",\"payload\":\"{}\"}",
                "{\"stream\":[\"user\"],\"event\":\"delete\"}",
                // Updates need their stream; deletes and edits no longer do (see below).
                "{\"stream\":[{\"x\":1}],\"event\":\"update\",\"payload\":\"{}\"}",
                "{\"stream\":\"user\",\"event\":\"notification\",\"payload\":\"{}\"}",
                "{\"event\":\"delete\"}",
            })
    void decode_brokenFrame_isMalformed(String frame) {
        assertThat(StreamEventDecoder.decode(frame, null)).isInstanceOf(StreamEvent.Malformed.class);
    }

    @Test
    void decode_frameWithoutStream_creditsTheSoleSubscription() {
        StreamEvent event = StreamEventDecoder.decode(
                "{\"event\":\"delete\",\"payload\":\"7\"}", StreamSubscription.hashtag("garden"));

        assertThat(event).isEqualTo(new StreamEvent.Delete(StreamSubscription.hashtag("garden"), "7"));
    }

    @Test
    void decode_serverError_isRefusedWithStatus() {
        assertThat(decode("error.json")).isEqualTo(new StreamEvent.Refused("Unknown stream type", 400));
    }

    // Audit F2: Akkoma sends its internal topic as the stream; GoToSocial too for lists.
    @Test
    void decode_akkomaUserTopic_isTheHomeUpdate() {
        String frame = Fixtures.text("streaming/update.json").replace("[\"user\"]", "[\"user:9abc\"]");

        StreamEvent event = StreamEventDecoder.decode(frame, null);

        assertThat(event)
                .isInstanceOfSatisfying(
                        StreamEvent.Update.class, u -> assertThat(u.stream()).isEqualTo(StreamSubscription.user()));
    }

    @Test
    void decode_listTopic_isTheListSubscription() {
        String frame = "{\"stream\":[\"list:01HQ3ZK7F4\"],\"event\":\"delete\",\"payload\":\"9\"}";

        assertThat(StreamEventDecoder.decode(frame, null))
                .isEqualTo(new StreamEvent.Delete(StreamSubscription.list("01HQ3ZK7F4"), "9"));
    }

    // Audit F2: Pleroma and Akkoma send deletes and edits without a stream, whatever was subscribed.
    @Test
    void decode_deleteWithoutStream_severalSubscriptions_concernsEveryStream() {
        StreamEvent event = StreamEventDecoder.decode("{\"event\":\"delete\",\"payload\":\"123\"}", null);

        assertThat(event).isEqualTo(new StreamEvent.Delete(StreamSubscription.everyStream(), "123"));
    }

    @Test
    void decode_statusUpdateWithoutStream_severalSubscriptions_isTheEdit() {
        String frame = Fixtures.text("streaming/status_update.json").replaceFirst("\"stream\":\\[[^]]*\\],", "");

        assertThat(StreamEventDecoder.decode(frame, null))
                .isInstanceOfSatisfying(
                        StreamEvent.StatusUpdate.class,
                        edit -> assertThat(edit.stream()).isEqualTo(StreamSubscription.everyStream()));
    }

    @Test
    void decode_updateWithoutStream_severalSubscriptions_isMalformed() {
        String frame = Fixtures.text("streaming/update.json").replace("\"stream\":[\"user\"],", "");

        assertThat(StreamEventDecoder.decode(frame, null)).isInstanceOf(StreamEvent.Malformed.class);
    }

    // Audit F1: Pleroma answers a subscribe it refuses (e.g. "user" on an anonymous socket) so.
    @Test
    void decode_pleromaRespondSubscribeError_isRefused() {
        String frame = "{\"event\":\"pleroma:respond\",\"payload\":"
                + "\"{\\\"type\\\":\\\"subscribe\\\",\\\"result\\\":\\\"error\\\",\\\"error\\\":\\\"unauthorized\\\"}\"}";

        assertThat(StreamEventDecoder.decode(frame, null)).isEqualTo(new StreamEvent.Refused("unauthorized", 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\\\"type\\\":\\\"subscribe\\\",\\\"result\\\":\\\"success\\\"}",
                "{\\\"type\\\":\\\"pleroma:authenticate\\\",\\\"result\\\":\\\"error\\\",\\\"error\\\":\\\"already_authenticated\\\"}",
                "not json",
            })
    void decode_otherPleromaRespond_isUnknown(String payload) {
        String frame = "{\"event\":\"pleroma:respond\",\"payload\":\"" + payload + "\"}";

        assertThat(StreamEventDecoder.decode(frame, null))
                .isInstanceOfSatisfying(
                        StreamEvent.Unknown.class, u -> assertThat(u.event()).isEqualTo("pleroma:respond"));
    }
}
