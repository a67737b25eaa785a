package social.woolly.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import social.woolly.core.compose.Draft;

/** The drafts file stays readable as the draft grows fields (issue #5: the reply line is kept). */
class DraftJsonTest {

    @Test
    void decode_bodyWrittenBeforeTheReplyHandleWasStored_readsWithoutIt() {
        String older = "{\"text\":\"@bob hi\",\"spoilerText\":\"\",\"inReplyToId\":\"109\",\"media\":[],"
                + "\"idempotencyKey\":\"k-1\"}";

        Draft draft = DraftJson.decode("d-1", "alice@example.social", 0, older);

        assertThat(draft.inReplyToId()).isEqualTo("109");
        assertThat(draft.inReplyToAcct()).isNull();
        assertThat(draft.text()).isEqualTo("@bob hi");
    }

    @Test
    void encode_thenDecode_keepsTheReplyHandle() {
        Draft reply = Draft.blank("alice@example.social", java.time.Instant.EPOCH).toBuilder()
                .inReplyToId("109")
                .inReplyToAcct("bob@example.org")
                .build();

        Draft read = DraftJson.decode(reply.id(), reply.accountKey(), 0, DraftJson.encode(reply));

        assertThat(read.inReplyToAcct()).isEqualTo("bob@example.org");
    }
}
