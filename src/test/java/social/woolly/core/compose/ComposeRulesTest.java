package social.woolly.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ServerLimits;

/**
 * What {@link ComposeRules} refuses before sending (issue #5), each row citing the Mastodon rule:
 * docs of {@code POST /api/v1/statuses}, {@code PollOptionsValidator}, {@code
 * PollExpirationValidator}, {@code ScheduledStatusValidator}, {@code MediaAttachment}'s limits,
 * and the instance's {@code configuration}.
 */
class ComposeRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final long MB = 1024 * 1024;
    /** Mastodon 4.4's published limits. */
    private static final ServerLimits LIMITS =
            new ServerLimits(500, 4, 23, 4, 50, 300, 2_629_746, 16 * MB, 99 * MB, 1500, List.of());

    private static final ComposeRules RULES = new ComposeRules(LIMITS, Clock.fixed(NOW, ZoneOffset.UTC));

    private static DraftMedia file(String mimeType, long size) {
        return DraftMedia.ofFile(Path.of("/tmp/file"), mimeType, size);
    }

    private static NewStatus.Poll poll(String... options) {
        return new NewStatus.Poll(List.of(options), Duration.ofDays(1), false, false);
    }

    private static Arguments row(String rule, UnaryOperator<Draft.Builder> change, ComposeProblem... expected) {
        return arguments(rule, change, List.of(expected));
    }

    static Stream<Arguments> rows() {
        DraftMedia image = file("image/png", MB);
        return Stream.of(
                row("docs: status is needed without media", d -> d.text("  "), new ComposeProblem.Empty()),
                row(
                        "docs: a content warning alone is no text",
                        d -> d.text("").spoilerText("cw"),
                        new ComposeProblem.Empty()),
                row("docs: a poll needs text", d -> d.text("").poll(poll("a", "b")), new ComposeProblem.Empty()),
                row("docs: media need no text", d -> d.text("").media(List.of(image))),
                row(
                        "StatusLengthValidator: over max_characters",
                        d -> d.text("a".repeat(499)).spoilerText("cw"),
                        new ComposeProblem.TooLong(new CharacterCount(501, 500))),
                row("StatusLengthValidator: at max_characters", d -> d.text("a".repeat(500))),
                row(
                        "max_media_attachments",
                        d -> d.media(Collections.nCopies(5, image)),
                        new ComposeProblem.TooManyMedia(5, 4)),
                row(
                        "image_size_limit",
                        d -> d.media(List.of(image, file("image/jpeg", 16 * MB + 1))),
                        new ComposeProblem.MediaTooLarge(1, DraftMedia.Kind.IMAGE, 16 * MB + 1, 16 * MB)),
                row("image_size_limit: at the limit", d -> d.media(List.of(file("image/jpeg", 16 * MB)))),
                row(
                        "video_size_limit",
                        d -> d.media(List.of(file("video/mp4", 100 * MB))),
                        new ComposeProblem.MediaTooLarge(0, DraftMedia.Kind.VIDEO, 100 * MB, 99 * MB)),
                row(
                        "video_size_limit is audio's too",
                        d -> d.media(List.of(file("audio/mpeg", 100 * MB))),
                        new ComposeProblem.MediaTooLarge(0, DraftMedia.Kind.AUDIO, 100 * MB, 99 * MB)),
                row(
                        "limits are not checked for media already uploaded",
                        d -> d.media(List.of(new DraftMedia(null, "video/*", 500 * MB, "9", null, null, true)))),
                row(
                        "MediaAttachment takes images, video and audio only",
                        d -> d.media(List.of(file("application/pdf", 10))),
                        new ComposeProblem.UnsupportedMedia(0, "application/pdf")),
                row(
                        "description_limit, in characters",
                        d -> d.media(List.of(image.withDescription("d".repeat(1501)))),
                        new ComposeProblem.DescriptionTooLong(0, 1501, 1500)),
                row(
                        "description_limit counts code points, not UTF-16 units",
                        d -> d.media(List.of(image.withDescription("🐑".repeat(1500))))),
                row(
                        "docs: media_ids cannot be used with poll",
                        d -> d.media(List.of(image)).poll(poll("a", "b")),
                        new ComposeProblem.PollWithMedia()),
                row(
                        "PollOptionsValidator: at least 2 options",
                        d -> d.poll(poll("only")),
                        new ComposeProblem.PollOptionCount(1, 2, 4)),
                row(
                        "max_options",
                        d -> d.poll(poll("a", "b", "c", "d", "e")),
                        new ComposeProblem.PollOptionCount(5, 2, 4)),
                row("a blank option", d -> d.poll(poll("a", " ", "c")), new ComposeProblem.PollOptionBlank(1)),
                row(
                        "PollOptionsValidator: no duplicates",
                        d -> d.poll(poll("tea", "coffee", "tea ")),
                        new ComposeProblem.PollOptionDuplicate(2)),
                row(
                        "max_characters_per_option",
                        d -> d.poll(poll("a", "b".repeat(51))),
                        new ComposeProblem.PollOptionTooLong(1, 51, 50)),
                row("PollOptionsValidator counts grapheme clusters", d -> d.poll(poll("a", "👨‍👩‍👧‍👦".repeat(50)))),
                row(
                        "min_expiration",
                        d -> d.poll(new NewStatus.Poll(List.of("a", "b"), Duration.ofSeconds(299), false, false)),
                        new ComposeProblem.PollDuration(
                                Duration.ofSeconds(299), Duration.ofSeconds(300), Duration.ofSeconds(2_629_746))),
                row(
                        "max_expiration",
                        d -> d.poll(new NewStatus.Poll(List.of("a", "b"), Duration.ofSeconds(2_629_747), false, false)),
                        new ComposeProblem.PollDuration(
                                Duration.ofSeconds(2_629_747), Duration.ofSeconds(300), Duration.ofSeconds(2_629_746))),
                row(
                        "ScheduledStatusValidator: exactly 5 minutes ahead is too soon",
                        d -> d.scheduledAt(NOW.plus(Duration.ofMinutes(5))),
                        new ComposeProblem.ScheduledTooSoon(NOW.plus(Duration.ofMinutes(5)), NOW.plusSeconds(301))),
                row("ScheduledStatusValidator: later is fine", d -> d.scheduledAt(NOW.plusSeconds(301))),
                row(
                        "an edit cannot be scheduled",
                        d -> d.editingStatusId("300").scheduledAt(NOW.plus(Duration.ofDays(1))),
                        new ComposeProblem.ScheduledEdit()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void check_findsWhatTheServerWouldRefuse(
            String rule, UnaryOperator<Draft.Builder> change, List<ComposeProblem> expected) {
        Draft draft = change.apply(
                        Draft.blank("alice@example.social", NOW).toBuilder().text("Hello"))
                .build();

        assertThat(RULES.check(draft)).as(rule).isEqualTo(expected);
        assertThat(RULES.canPost(draft)).isEqualTo(expected.isEmpty());
    }

    @Test
    void check_severalProblems_listsEachInFieldOrder() {
        Draft draft = Draft.blank("alice@example.social", NOW).toBuilder()
                .text("")
                .media(List.of(file("image/png", 17 * MB)))
                .poll(poll("a"))
                .build();

        assertThat(RULES.check(draft))
                .containsExactly(
                        new ComposeProblem.MediaTooLarge(0, DraftMedia.Kind.IMAGE, 17 * MB, 16 * MB),
                        new ComposeProblem.PollWithMedia(),
                        new ComposeProblem.PollOptionCount(1, 2, 4));
    }

    @Test
    void check_limitsTheServerDidNotState_areNotChecked() {
        ComposeRules rules = new ComposeRules(ServerLimits.MASTODON_DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));
        Draft draft = Draft.blank("alice@example.social", NOW).toBuilder()
                .text("Big")
                .media(List.of(file("video/mp4", 5_000 * MB).withDescription("d".repeat(5000))))
                .build();

        assertThat(rules.check(draft)).isEmpty();
    }

    /** Hollo's v2 instance lists only these; it answers audio with a 500 after the upload (audit A8). */
    private static final ComposeRules HOLLO = new ComposeRules(
            new ServerLimits(
                    10_000,
                    4,
                    256,
                    4,
                    50,
                    300,
                    2_629_746,
                    null,
                    null,
                    null,
                    List.of("image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "video/webm")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Draft withMedia(DraftMedia media) {
        return Draft.blank("alice@example.social", NOW).toBuilder()
                .text("t")
                .media(List.of(media))
                .build();
    }

    @Test
    void check_aFileTypeTheServerDoesNotList_isRefusedBeforeUpload() {
        assertThat(HOLLO.check(withMedia(file("audio/mpeg", MB))))
                .containsExactly(new ComposeProblem.MediaTypeNotTaken(0, "audio/mpeg"));
    }

    @Test
    void check_listedTypesMatchLoosely_soNoTakenFileIsRefused() {
        assertThat(HOLLO.check(withMedia(file("image/jpg", MB)))).isEmpty();
        assertThat(HOLLO.check(withMedia(file("IMAGE/PNG", MB)))).isEmpty();
        // A redraft's copy whose exact type was not known.
        assertThat(HOLLO.check(withMedia(file("video/*", MB)))).isEmpty();
        ComposeRules wildcard = new ComposeRules(
                new ServerLimits(500, 4, 23, 4, 50, 300, 2_629_746, null, null, null, List.of("audio/*", "image/*")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(wildcard.check(withMedia(file("audio/x-wav", MB)))).isEmpty();
        ComposeRules snac = new ComposeRules(
                new ServerLimits(
                        500, 4, 23, 4, 50, 300, 2_629_746, null, null, null, List.of("audio/wav", "audio/mpeg; q=1")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(snac.check(withMedia(file("audio/wave", MB)))).isEmpty();
        assertThat(snac.check(withMedia(file("audio/mp3", MB)))).isEmpty();
    }

    @Test
    void check_aServerListingNoTypes_takesImagesVideoAndAudio() {
        assertThat(RULES.check(withMedia(file("audio/mpeg", MB)))).isEmpty();
        assertThat(RULES.check(withMedia(file("image/heic", MB)))).isEmpty();
    }

    @Test
    void check_mediaAlreadyUploaded_isNotCheckedForType() {
        assertThat(HOLLO.check(withMedia(new DraftMedia(null, "audio/*", 0, "9", null, null, true))))
                .isEmpty();
    }

    @Test
    void earliestSchedule_isJustPastTheMinimumLead() {
        assertThat(RULES.earliestSchedule())
                .isEqualTo(NOW.plus(ComposeRules.MIN_SCHEDULE_LEAD).plusSeconds(1));
        assertThat(RULES.counter().count("https://example.com", "").used()).isEqualTo(23);
    }
}
