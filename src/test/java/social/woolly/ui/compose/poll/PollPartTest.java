package social.woolly.ui.compose.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.woolly.core.compose.ComposeProblem;
import social.woolly.core.compose.ComposeRules;
import social.woolly.core.compose.Draft;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ServerLimits;

/** The composer's poll (issue #5: "2 to the server's maximum options, duration, multiple choice, hide totals"). */
class PollPartTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** A server with 3 choices of at most 10 characters, polls from 10 minutes to 2 days. */
    private static final ServerLimits SMALL =
            new ServerLimits(500, 4, 23, 3, 10, 600, 172_800, null, null, null, List.of());

    private final Draft blank = Draft.blank("alice@test", NOW);
    private int changes;

    private PollPart part(ServerLimits limits) {
        PollPart part = new PollPart(limits);
        part.onChange(() -> changes++);
        return part;
    }

    private static Draft written(PollPart part, Draft draft) {
        Draft.Builder builder = draft.toBuilder();
        part.writeTo(builder);
        return builder.build();
    }

    @Test
    void writeTo_pollOn_writesChoicesDurationAndOptions() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        part.enabledProperty().set(true);
        part.options().get(0).textProperty().set("Tea");
        part.options().get(1).textProperty().set("Coffee");
        part.durationProperty().set(Duration.ofHours(6));
        part.multipleProperty().set(true);
        part.hideTotalsProperty().set(true);

        Draft draft = written(part, blank.toBuilder().text("Morning?").build());

        assertThat(draft.poll())
                .isEqualTo(new NewStatus.Poll(List.of("Tea", "Coffee"), Duration.ofHours(6), true, true));
        assertThat(changes).isEqualTo(6);
        assertThat(new ComposeRules(ServerLimits.MASTODON_DEFAULTS, java.time.Clock.fixed(NOW, ZoneOffset.UTC))
                        .check(draft))
                .isEmpty();
    }

    @Test
    void writeTo_pollOff_writesNoPoll_butKeepsWhatWasTyped() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        part.enabledProperty().set(true);
        part.options().get(0).textProperty().set("Tea");

        part.enabledProperty().set(false);
        Draft off = written(part, blank);
        part.enabledProperty().set(true);

        assertThat(off.poll()).isNull();
        assertThat(part.options().get(0).textProperty().get()).isEqualTo("Tea");
    }

    @Test
    void addOption_stopsAtTheServersMaximum() {
        PollPart part = part(SMALL);

        boolean third = part.addOption();
        boolean fourth = part.addOption();

        assertThat(third).isTrue();
        assertThat(fourth).isFalse();
        assertThat(part.options()).hasSize(3);
        assertThat(part.canAddProperty().get()).isFalse();
    }

    @Test
    void removeOption_neverBelowTwo() {
        PollPart part = part(SMALL);
        part.addOption();
        part.options().get(2).textProperty().set("third");

        part.removeOption(part.options().get(2));
        part.removeOption(part.options().get(1));

        assertThat(part.options()).hasSize(2);
        assertThat(part.canRemoveProperty().get()).isFalse();
    }

    @Test
    void durations_onlyThoseInsideTheServersLimits_preferringADay() {
        PollPart part = part(SMALL);

        assertThat(part.durations())
                .containsExactly(
                        Duration.ofMinutes(30),
                        Duration.ofHours(1),
                        Duration.ofHours(6),
                        Duration.ofHours(12),
                        Duration.ofDays(1));
        assertThat(part.durationProperty().get()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void durations_serverWithShortPollsOnly_startsAtTheLongestAllowed() {
        PollPart part = part(new ServerLimits(500, 4, 23, 4, 50, 60, 3_600, null, null, null, List.of()));

        assertThat(part.durations())
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1));
        assertThat(part.durationProperty().get()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void useLimits_laterLimits_changeCountersBoundsAndDurations() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        part.addOption();
        part.addOption();
        part.options().get(0).textProperty().set("Twelve chars");
        part.durationProperty().set(Duration.ofDays(7));

        part.useLimits(SMALL);

        assertThat(part.maxOptionLengthProperty().get()).isEqualTo(10);
        assertThat(part.options().get(0).remainingProperty().get()).isEqualTo(-2);
        assertThat(part.canAddProperty().get()).isFalse();
        assertThat(part.durationProperty().get()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void show_draftWithPoll_showsIt_andAnUnusualDurationIsOffered() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        Draft draft = blank.toBuilder()
                .poll(new NewStatus.Poll(List.of("a", "b", "c"), Duration.ofDays(2), false, true))
                .build();

        part.show(draft);

        assertThat(part.enabledProperty().get()).isTrue();
        assertThat(part.options()).extracting(o -> o.textProperty().get()).containsExactly("a", "b", "c");
        assertThat(part.durations()).contains(Duration.ofDays(2));
        assertThat(part.hideTotalsProperty().get()).isTrue();
        assertThat(changes).isZero();
        assertThat(written(part, blank).poll()).isEqualTo(draft.poll());
    }

    @Test
    void show_blankDraft_clearsThePoll() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        part.enabledProperty().set(true);
        part.addOption();
        part.options().get(0).textProperty().set("old");

        part.show(blank);

        assertThat(part.enabledProperty().get()).isFalse();
        assertThat(part.options())
                .hasSize(2)
                .allSatisfy(o -> assertThat(o.textProperty().get()).isEmpty());
    }

    @Test
    void rules_blankAndDuplicateChoices_areProblems() {
        PollPart part = part(ServerLimits.MASTODON_DEFAULTS);
        part.enabledProperty().set(true);
        part.addOption();
        part.options().get(0).textProperty().set("Yes");
        part.options().get(1).textProperty().set("Yes");

        List<ComposeProblem> problems = new ComposeRules(
                        ServerLimits.MASTODON_DEFAULTS, java.time.Clock.fixed(NOW, ZoneOffset.UTC))
                .check(written(part, blank.toBuilder().text("Vote").build()));

        assertThat(problems)
                .containsExactly(new ComposeProblem.PollOptionDuplicate(1), new ComposeProblem.PollOptionBlank(2));
    }
}
