package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamSubscriptionTest {

    @Test
    void subscribeMessage_plainStream_hasOnlyTypeAndStream() {
        assertThat(StreamSubscription.user().subscribeMessage())
                .isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
        assertThat(StreamSubscription.publicLocal().unsubscribeMessage())
                .isEqualTo("{\"type\":\"unsubscribe\",\"stream\":\"public:local\"}");
    }

    @Test
    void subscribeMessage_hashtagAndList_carryTheirParameter() {
        assertThat(StreamSubscription.hashtag("#Garden").subscribeMessage())
                .isEqualTo("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"garden\"}");
        assertThat(StreamSubscription.list("01HV7Z").subscribeMessage())
                .isEqualTo("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"01HV7Z\"}");
    }

    @Test
    void hashtag_differentCaseAndHash_isTheSameSubscription() {
        assertThat(StreamSubscription.hashtag("#Garden")).isEqualTo(StreamSubscription.hashtag("garden"));
    }

    @ParameterizedTest
    @CsvSource({
        "user,,user",
        "user:notification,,user:notification",
        "hashtag,garden,hashtag:garden",
        "hashtag:local,Garden,hashtag:local:garden",
        "list,42,list:42",
        "public:remote:media,,public:remote:media",
    })
    void fromWire_streamArray_isTheSubscriptionThatWasMade(String name, String parameter, String expected) {
        List<String> wire = parameter == null ? List.of(name) : List.of(name, parameter);

        StreamSubscription subscription = StreamSubscription.fromWire(wire).orElseThrow();

        String shown = subscription.stream()
                + (subscription.tag() != null ? ":" + subscription.tag() : "")
                + (subscription.list() != null ? ":" + subscription.list() : "");
        assertThat(shown).isEqualTo(expected);
    }

    // Akkoma names streams by its internal topic, GoToSocial its list streams "list:<id>"
    // (audit F2: Akkoma streamer_view.ex, GtS processing/stream/update.go).
    @ParameterizedTest
    @CsvSource({
        "user:9abcDEF,user",
        "user:notification,user:notification",
        "user:notification:9abc,user:notification",
        "user:pleroma_chat:9abc,user:pleroma_chat",
        "list:42,list:42",
        "list:01HQ3ZK7F4S0M8VQ9TJ2W5XG6B,list:01HQ3ZK7F4S0M8VQ9TJ2W5XG6B",
        "hashtag:Cats,hashtag:cats",
        "direct:9abc,direct",
        "public:local,public:local",
    })
    void fromWire_serverTopicAsOnlyElement_isTheSubscriptionThatWasMade(String topic, String expected) {
        StreamSubscription subscription =
                StreamSubscription.fromWire(List.of(topic)).orElseThrow();

        String shown = subscription.stream()
                + (subscription.tag() != null ? ":" + subscription.tag() : "")
                + (subscription.list() != null ? ":" + subscription.list() : "");
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void fromWire_hashtagLocalWithoutTag_isEmpty() {
        assertThat(StreamSubscription.fromWire(List.of("hashtag:local"))).isEmpty();
    }

    @Test
    void fromWire_emptyOrMissingParameter_isEmpty() {
        assertThat(StreamSubscription.fromWire(List.of())).isEmpty();
        assertThat(StreamSubscription.fromWire(List.of("hashtag"))).isEmpty();
        assertThat(StreamSubscription.fromWire(List.of("list", " "))).isEmpty();
    }

    @Test
    void constructor_parameterOnTheWrongStream_rejected() {
        assertThatThrownBy(() -> new StreamSubscription("user", "garden", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StreamSubscription("list", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamSubscription.hashtag("#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamSubscription.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
