package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Visibility;

/** "Post as" (issue #5): what a draft takes along to another account, and what stays behind. */
class DraftMoveTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static Draft alicesReply() {
        return Draft.blank("alice@one.example", NOW).toBuilder()
                .text("@carol agreed")
                .spoilerText("politics")
                .visibility(Visibility.PRIVATE)
                .language("en")
                .inReplyToId("109")
                .inReplyToAcct("carol")
                .poll(new NewStatus.Poll(List.of("yes", "no"), Duration.ofHours(1), false, false))
                .media(List.of(
                        DraftMedia.ofFile(Path.of("/tmp/new.png"), "image/png", 10),
                        DraftMedia.ofFile(Path.of("/tmp/up.png"), "image/png", 10)
                                .uploadedAs("55"),
                        new DraftMedia(null, "image/*", 0, "56", null, null, true)))
                .build();
    }

    @Test
    void to_accountOnAnotherServer_keepsTextAndPoll_dropsTheReplyAndMediaKnownOnlyById() {
        Draft from = alicesReply();

        DraftMove move = DraftMove.to(from, "bob@two.example", false, NOW);

        Draft moved = move.draft();
        assertThat(moved.accountKey()).isEqualTo("bob@two.example");
        assertThat(moved.id()).isNotEqualTo(from.id());
        assertThat(moved.idempotencyKey()).isNotEqualTo(from.idempotencyKey());
        assertThat(moved.text()).isEqualTo("@carol agreed");
        assertThat(moved.spoilerText()).isEqualTo("politics");
        assertThat(moved.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(moved.poll()).isEqualTo(from.poll());
        assertThat(moved.inReplyToId()).isNull();
        assertThat(moved.inReplyToAcct()).isNull();
        assertThat(move.droppedReply()).isTrue();
        // Files still on disk come along, to be uploaded again by the new account.
        assertThat(moved.media()).extracting(DraftMedia::mediaId).containsExactly(null, null);
        assertThat(move.droppedMedia()).isEqualTo(1);
    }

    @Test
    void to_accountOnTheSameServer_keepsTheReply() {
        DraftMove move = DraftMove.to(alicesReply(), "bob@one.example", true, NOW);

        assertThat(move.draft().inReplyToId()).isEqualTo("109");
        assertThat(move.draft().inReplyToAcct()).isEqualTo("carol");
        assertThat(move.droppedReply()).isFalse();
    }

    @Test
    void to_anEdit_isRefused() {
        Draft edit = Draft.blank("alice@one.example", NOW).toBuilder()
                .editingStatusId("7")
                .build();

        assertThatThrownBy(() -> DraftMove.to(edit, "bob@one.example", true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
