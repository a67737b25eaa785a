package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.woolly.core.api.StatusCodec;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Status;
import social.woolly.core.model.StatusSource;
import social.woolly.core.model.Visibility;

/** How a reply, an edit and a redraft start (issue #5: "Reply", "Edit", "Delete & redraft"). */
class DraftStartsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ALICE = "alice@woolly.example";
    private static final String ALICE_ID = "1";

    static List<Status> statuses() throws Exception {
        try (InputStream in = DraftStartsTest.class.getResourceAsStream("/compose/statuses.json")) {
            if (in == null) {
                throw new IOException("fixture compose/statuses.json missing");
            }
            return StatusCodec.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void reply_mentionsAuthorAndOthersButNotMe_keepsTheContentWarning() throws Exception {
        Status bobs = statuses().get(0);

        Draft reply = DraftStarts.reply(ALICE, ALICE_ID, bobs, Visibility.PUBLIC, NOW);

        // Same acct in another case is the same person; alice (id 1) is left out.
        assertThat(reply.text()).isEqualTo("@bob@example.org @carol@example.net ");
        assertThat(reply.spoilerText()).isEqualTo("food");
        assertThat(reply.inReplyToId()).isEqualTo("200");
        assertThat(reply.inReplyToAcct()).as("for the reply line").isEqualTo("bob@example.org");
        assertThat(reply.visibility()).as("no wider than the original").isEqualTo(Visibility.PRIVATE);
        assertThat(reply.accountKey()).isEqualTo(ALICE);
        assertThat(reply.isEdit()).isFalse();
    }

    @Test
    void reply_toABoost_repliesToTheBoostedStatus() throws Exception {
        Status boost = statuses().get(1);

        Draft reply = DraftStarts.reply(ALICE, ALICE_ID, boost, null, NOW);

        assertThat(reply.inReplyToId()).isEqualTo("199");
        assertThat(reply.text()).as("my own status: only the others").isEqualTo("@dave ");
        assertThat(reply.visibility()).isEqualTo(Visibility.UNLISTED);
    }

    @Test
    void reply_toOwnStatusMentioningNobody_startsEmpty() throws Exception {
        Status mine = statuses().get(3);

        Draft reply = DraftStarts.reply(ALICE, ALICE_ID, mine, Visibility.DIRECT, NOW);

        assertThat(reply.text()).isEmpty();
        assertThat(reply.visibility()).isEqualTo(Visibility.DIRECT);
    }

    @Test
    void reply_toALocalOnlyStatus_isNotPublicByDefault() throws Exception {
        // Audit F11: Akkoma's "local" decodes as UNKNOWN and used to yield to the public default.
        Status localOnly = StatusCodec.decode("""
                        [{"id":"L1","visibility":"local","content":"<p>members only</p>",
                          "account":{"id":"9","acct":"carol@akkoma.example"}}]
                        """).getFirst();

        Draft reply = DraftStarts.reply(ALICE, ALICE_ID, localOnly, Visibility.PUBLIC, NOW);

        assertThat(localOnly.visibility()).isEqualTo(Visibility.UNKNOWN);
        assertThat(reply.visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void redraft_ofALocalOnlyStatus_isNotLeftToTheAccountDefault() throws Exception {
        Status localOnly = StatusCodec.decode("""
                        [{"id":"L2","visibility":"local","content":"<p>mine</p>","text":"mine",
                          "account":{"id":"1","acct":"alice"}}]
                        """).getFirst();

        Draft redraft = DraftStarts.redraft(ALICE, localOnly, NOW);

        assertThat(redraft.visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @ParameterizedTest(name = "narrower({0}, {1}) = {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "PUBLIC, UNLISTED, UNLISTED",
                "UNLISTED, PUBLIC, UNLISTED",
                "PRIVATE, DIRECT, DIRECT",
                "DIRECT, PUBLIC, DIRECT",
                "PRIVATE, null, PRIVATE",
                "null, UNLISTED, UNLISTED",
                "UNKNOWN, PRIVATE, PRIVATE",
                // Audit F11: an unknown visibility (Akkoma local, GoToSocial mutuals_only) counts
                // as private, so a reply to it is never public by default. This used to be null.
                "UNKNOWN, null, PRIVATE",
                "UNKNOWN, PUBLIC, PRIVATE",
                "UNKNOWN, UNLISTED, PRIVATE",
                "UNKNOWN, DIRECT, DIRECT",
                "PUBLIC, UNKNOWN, PRIVATE"
            })
    void narrower_isTheLessVisible(@Nullable Visibility a, @Nullable Visibility b, @Nullable Visibility expected) {
        assertThat(DraftStarts.narrower(a, b)).isEqualTo(expected);
    }

    @Test
    void edit_takesTheSourceTextAndTheStatusesFields() throws Exception {
        Status mine = statuses().get(2);
        StatusSource source = new StatusSource("300", "Which <sheep>? (typo fixed)", "wool!");

        Draft edit = DraftStarts.edit(ALICE, mine, source, NOW);

        assertThat(edit.editingStatusId()).isEqualTo("300");
        assertThat(edit.text()).isEqualTo("Which <sheep>? (typo fixed)");
        assertThat(edit.spoilerText()).isEqualTo("wool!");
        assertThat(edit.visibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(edit.language()).isEqualTo("de");
        assertThat(edit.sensitive()).isTrue();
        assertThat(edit.inReplyToId()).isEqualTo("250");
        assertThat(edit.quotedStatusId()).isEqualTo("150");
        assertThat(edit.media())
                .containsExactly(
                        new DraftMedia(null, "image/*", 0, "m1", "A sheep", new MediaMeta.Focus(-0.5, 0.25), true),
                        new DraftMedia(null, "video/*", 0, "m2", null, null, true));
    }

    @Test
    void redraft_keepsTextMediaAndPoll_withANewKey() throws Exception {
        Status deleted = statuses().get(2);
        Status poll = statuses().get(3);

        Draft again = DraftStarts.redraft(ALICE, deleted, NOW);
        Draft pollAgain = DraftStarts.redraft(ALICE, poll, NOW);

        assertThat(again.text()).isEqualTo("Which <sheep>?");
        assertThat(again.isEdit()).isFalse();
        assertThat(again.media()).extracting(DraftMedia::mediaId).containsExactly("m1", "m2");
        assertThat(again.idempotencyKey()).isNotEqualTo(pollAgain.idempotencyKey());
        assertThat(pollAgain.text()).as("the server sent no source text").isEmpty();
        assertThat(pollAgain.poll())
                .isEqualTo(new NewStatus.Poll(List.of("Yes", "No"), Duration.ofHours(4), true, false));
    }

    @Test
    void redraft_ofAReplyToAkkomasGhostParent_isNoReply() throws Exception {
        // Audit A9: Akkoma's "_" stands for a parent it cannot show; it 404s everywhere.
        Status reply = StatusCodec.decode("""
                        [{"id":"A1","visibility":"public","content":"<p>hi</p>","text":"hi",
                          "in_reply_to_id":"_","in_reply_to_account_id":"_",
                          "account":{"id":"1","acct":"alice"}}]
                        """).getFirst();

        Draft redraft = DraftStarts.redraft(ALICE, reply, NOW);

        assertThat(redraft.inReplyToId()).isNull();
        assertThat(redraft.inReplyToAcct()).isNull();
        assertThat(Publisher.newStatus(redraft).inReplyToId()).isNull();
        assertThat(DraftStarts.visibleParent(reply)).isNull();
    }

    @Test
    void redraft_withKeptCopies_usesThemInsteadOfTheUploadIds() throws Exception {
        Status deleted = statuses().get(2);
        DraftMedia copy = DraftMedia.ofFile(java.nio.file.Path.of("/tmp/copy.png"), "image/png", 10)
                .withDescription("a sheep");

        Draft again = DraftStarts.redraft(ALICE, deleted, NOW, List.of(copy));

        assertThat(again.media()).containsExactly(copy);
        assertThat(again.text()).isEqualTo("Which <sheep>?");
    }
}
