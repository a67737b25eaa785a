package social.woolly.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import social.woolly.core.compose.CharacterCount;
import social.woolly.core.compose.ComposeProblem;
import social.woolly.core.compose.DraftMedia;

class ProblemTextTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private final ProblemText problems = new ProblemText(TEXT, ZoneOffset.UTC);

    @Test
    void first_skipsWhatTheCounterAndButtonShow_countsFromOne() {
        var found = problems.first(List.of(
                new ComposeProblem.Empty(),
                new ComposeProblem.TooLong(new CharacterCount(510, 500)),
                new ComposeProblem.MediaTooLarge(0, DraftMedia.Kind.IMAGE, 20L * 1024 * 1024, 16L * 1024 * 1024)));

        assertThat(found).contains("Attachment 1 is 20 MB; this server takes files up to 16 MB.");
    }

    @Test
    void first_onlyEmptyAndTooLong_saysNothing() {
        assertThat(problems.first(List.of(new ComposeProblem.Empty()))).isEmpty();
    }

    @Test
    void describe_pollDuration_usesFittingUnits() {
        String said = problems.describe(
                new ComposeProblem.PollDuration(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(30)));

        assertThat(said).isEqualTo("A poll on this server runs from 5 minutes to 30 days.");
    }

    @Test
    void describe_everyKind_givesAFilledSentence() {
        List<ComposeProblem> all = List.of(
                new ComposeProblem.TooManyMedia(5, 4),
                new ComposeProblem.UnsupportedMedia(1, "application/pdf"),
                new ComposeProblem.DescriptionTooLong(0, 1600, 1500),
                new ComposeProblem.PollWithMedia(),
                new ComposeProblem.PollOptionCount(1, 2, 4),
                new ComposeProblem.PollOptionBlank(2),
                new ComposeProblem.PollOptionTooLong(0, 60, 50),
                new ComposeProblem.PollOptionDuplicate(1),
                new ComposeProblem.ScheduledTooSoon(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(301)),
                new ComposeProblem.ScheduledEdit());

        assertThat(all)
                .map(problems::describe)
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("{"));
    }
}
