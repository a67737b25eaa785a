package social.woolly.ui.compose.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.PageCursor;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.Published;
import social.woolly.core.compose.Publisher;
import social.woolly.core.model.ScheduledStatus;
import social.woolly.core.model.ServerLimits;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.testing.MovableClock;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.compose.ComposeViewModel;
import social.woolly.ui.compose.Drafts;
import social.woolly.ui.compose.poll.PollPart;
import social.woolly.ui.concurrent.DirectRunner;

/**
 * Issue #5's "schedule for later … and a list of scheduled posts to edit or cancel", through the
 * composer's parts and the list's view-model against the sandbox.
 */
class SchedulingTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("UTC");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(NOW);
    private final List<Published> published = new ArrayList<>();
    private Sandbox sandbox;
    private MastodonApi api;
    private Drafts drafts;
    private ComposeViewModel composer;
    private SchedulePart schedule;
    private PollPart poll;

    @BeforeEach
    void start() throws Exception {
        start(SandboxOptions.builder());
    }

    private void start(SandboxOptions.Builder options) throws Exception {
        sandbox = Sandbox.start(options.clock(clock).build());
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        drafts = new Drafts(dir.resolve("drafts.sqlite"), clock);
        composer = new ComposeViewModel(
                "alice@test",
                ServerLimits.MASTODON_DEFAULTS,
                drafts,
                new Publisher(api),
                new DirectRunner(),
                new ErrorMessages(TEXT),
                clock,
                done -> {
                    published.add(done);
                    schedule.published(done);
                });
        schedule = new SchedulePart(
                composer::rules, api.scheduled(), new DirectRunner(), new ErrorMessages(TEXT), TEXT, ZONE, clock);
        poll = new PollPart(ServerLimits.MASTODON_DEFAULTS);
        composer.addPart(poll);
        composer.addPart(schedule);
    }

    @AfterEach
    void stop() {
        drafts.close();
        sandbox.close();
    }

    private ScheduledPostsViewModel list(List<String> edited) {
        return new ScheduledPostsViewModel(
                "alice@test",
                api.scheduled(),
                new DirectRunner(),
                new ErrorMessages(TEXT),
                composer::rules,
                (draft, oldId, done) -> {
                    edited.add(oldId);
                    composer.open(draft);
                    schedule.replaceAfterScheduling(draft.id(), oldId, done);
                },
                TEXT,
                ZONE,
                clock);
    }

    private Instant scheduleOne(String text, Duration ahead) {
        composer.textProperty().set(text);
        Instant at = NOW.plus(ahead);
        schedule.schedule(at);
        composer.post();
        return at;
    }

    @Test
    void schedule_setsTheChipAndTheButton_thenTheServerHoldsItAtThatTime() throws Exception {
        composer.textProperty().set("Later, with a poll");
        poll.enabledProperty().set(true);
        poll.options().get(0).textProperty().set("Yes");
        poll.options().get(1).textProperty().set("No");
        Instant at = Instant.parse("2026-03-01T14:30:00Z");

        schedule.schedule(at);

        assertThat(schedule.chipProperty().get()).startsWith("Will be published on ");
        assertThat(composer.scheduledProperty().get()).isTrue();
        assertThat(composer.canPostProperty().get()).isTrue();

        int statuses = sandbox.statusCount();
        composer.post();

        assertThat(sandbox.scheduledStatusCount()).isEqualTo(1);
        assertThat(sandbox.statusCount()).isEqualTo(statuses);
        ScheduledStatus held =
                api.scheduled().list(PageCursor.newest()).execute().items().getFirst();
        assertThat(held.scheduledAt()).isEqualTo(at);
        assertThat(held.text()).isEqualTo("Later, with a poll");
        assertThat(java.util.Objects.requireNonNull(held.params()).poll()).isNotNull();
        assertThat(published).singleElement().isInstanceOf(Published.Scheduled.class);
        assertThat(composer.textProperty().get()).isEmpty();
        assertThat(schedule.chipProperty().get()).isEmpty();
        assertThat(composer.scheduledProperty().get()).isFalse();
        assertThat(schedule.confirmationProperty().get()).startsWith("Scheduled: it will be published on ");
    }

    @Test
    void schedule_onAServerThatPublishesAtOnce_saysItWasPublishedNow() throws Exception {
        // Audit F3: Hollo and GoToSocial < 0.20 ignore scheduled_at and answer with the Status.
        stop();
        start(SandboxOptions.builder().schedulingIgnored(true));
        int statuses = sandbox.statusCount();

        scheduleOne("Meant for tonight", Duration.ofHours(8));

        assertThat(sandbox.statusCount()).isEqualTo(statuses + 1);
        assertThat(published)
                .singleElement()
                .isInstanceOfSatisfying(
                        Published.Posted.class,
                        posted -> assertThat(posted.scheduleIgnored()).isTrue());
        assertThat(schedule.confirmationProperty().get()).isEmpty();
        assertThat(schedule.noticeProperty().get())
                .startsWith("Published now: this server does not support scheduling");

        schedule.dismissNotice();

        assertThat(schedule.noticeProperty().get()).isEmpty();
    }

    @Test
    void schedule_beforeTheEarliestTime_cannotBePosted() {
        composer.textProperty().set("Too soon");

        schedule.schedule(NOW.plus(Duration.ofMinutes(4)));

        assertThat(composer.canPostProperty().get()).isFalse();
        assertThat(composer.problemsProperty().get())
                .singleElement()
                .isInstanceOf(social.woolly.core.compose.ComposeProblem.ScheduledTooSoon.class);
        ScheduleChoice again = schedule.choice();
        assertThat(again.accept()).isEmpty();
        assertThat(again.problemProperty().get()).contains("too soon");
    }

    @Test
    void clear_postsNowAgain() {
        composer.textProperty().set("Changed my mind");
        schedule.schedule(NOW.plus(Duration.ofHours(2)));

        schedule.clear();
        composer.post();

        assertThat(sandbox.scheduledStatusCount()).isZero();
        assertThat(published).singleElement().isInstanceOf(Published.Posted.class);
    }

    @Test
    void list_showsSoonestFirst_withShortTextAndMediaCount() {
        scheduleOne("In three hours", Duration.ofHours(3));
        scheduleOne("In two hours " + "word ".repeat(40), Duration.ofHours(2));
        ScheduledPostsViewModel list = list(new ArrayList<>());

        list.load();

        assertThat(list.phaseProperty().get()).isEqualTo(ScheduledPostsViewModel.Phase.READY);
        assertThat(list.items())
                .extracting(ScheduledItem::at)
                .containsExactly(NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(3)));
        assertThat(list.items().getFirst().shortText())
                .hasSize(ScheduledItem.SHOWN_LENGTH)
                .endsWith("\u2026");
        assertThat(list.items().getFirst().mediaCount()).isZero();
    }

    @Test
    void reschedule_movesItOnTheServer() throws Exception {
        scheduleOne("Move me", Duration.ofHours(2));
        ScheduledPostsViewModel list = list(new ArrayList<>());
        list.load();
        ScheduledItem item = list.items().getFirst();
        ScheduleChoice choice = list.choiceFor(item);
        choice.timeProperty().set("18:45");

        list.reschedule(item, choice.accept().orElseThrow());

        Instant moved = Instant.parse("2026-03-01T18:45:00Z");
        assertThat(list.items()).singleElement().extracting(ScheduledItem::at).isEqualTo(moved);
        assertThat(api.scheduled().get(item.id()).execute().scheduledAt()).isEqualTo(moved);
        assertThat(list.errorProperty().get()).isEmpty();
    }

    @Test
    void reschedule_tooSoonForTheServer_saysWhyInPlace() {
        scheduleOne("Move me", Duration.ofHours(2));
        ScheduledPostsViewModel list = list(new ArrayList<>());
        list.load();

        list.reschedule(list.items().getFirst(), NOW.plus(Duration.ofMinutes(1)));

        assertThat(list.errorProperty().get()).contains("The scheduled date must be in the future");
        assertThat(list.items()).singleElement().extracting(ScheduledItem::at).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void cancel_removesItFromTheServer() {
        scheduleOne("Never mind", Duration.ofHours(2));
        ScheduledPostsViewModel list = list(new ArrayList<>());
        list.load();

        list.cancel(list.items().getFirst());

        assertThat(list.items()).isEmpty();
        assertThat(sandbox.scheduledStatusCount()).isZero();
    }

    @Test
    void edit_opensItInTheComposer_andCancelsTheOldOneOnlyOnceTheNewOneIsScheduled() throws Exception {
        Instant at = scheduleOne("Typo hree", Duration.ofHours(2));
        List<String> edited = new ArrayList<>();
        ScheduledPostsViewModel list = list(edited);
        list.load();
        String oldId = list.items().getFirst().id();

        list.edit(list.items().getFirst());

        assertThat(edited).containsExactly(oldId);
        assertThat(composer.textProperty().get()).isEqualTo("Typo hree");
        assertThat(schedule.atProperty().get()).isEqualTo(at);
        assertThat(sandbox.scheduledStatusCount()).isEqualTo(1);

        sandbox.failNext("/api/v1/statuses", 503, "<html>busy</html>");
        composer.textProperty().set("Typo here");
        composer.post();
        assertThat(sandbox.scheduledStatusCount()).isEqualTo(1);
        assertThat(api.scheduled().get(oldId).execute().text()).isEqualTo("Typo hree");

        composer.post();

        assertThat(sandbox.scheduledStatusCount()).isEqualTo(1);
        assertThat(list.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isNotEqualTo(oldId);
            assertThat(item.status().text()).isEqualTo("Typo here");
            assertThat(item.at()).isEqualTo(at);
        });
    }

    @Test
    void list_onAServerWithoutScheduledPosts_saysSoCalmly() {
        sandbox.failNext("/api/v1/scheduled_statuses", 404, "{\"error\":\"Not Found\"}");
        ScheduledPostsViewModel list = list(new ArrayList<>());

        list.load();

        assertThat(list.phaseProperty().get()).isEqualTo(ScheduledPostsViewModel.Phase.UNSUPPORTED);
        assertThat(list.errorProperty().get()).isEmpty();
    }

    @Test
    void list_failure_isShownInPlace() {
        sandbox.failNext("/api/v1/scheduled_statuses", 503, "<html>busy</html>");
        ScheduledPostsViewModel list = list(new ArrayList<>());

        list.load();

        assertThat(list.phaseProperty().get()).isEqualTo(ScheduledPostsViewModel.Phase.FAILED);
        assertThat(list.errorProperty().get()).contains("trouble");
    }

    @Test
    void draftOf_keepsPollAndOptions() {
        composer.textProperty().set("Poll later");
        poll.enabledProperty().set(true);
        poll.options().get(0).textProperty().set("A");
        poll.options().get(1).textProperty().set("B");
        poll.multipleProperty().set(true);
        schedule.schedule(NOW.plus(Duration.ofHours(2)));
        composer.post();
        ScheduledPostsViewModel list = list(new ArrayList<>());
        list.load();

        Draft draft = social.woolly.core.compose.ScheduledDrafts.draftOf(
                "alice@test", list.items().getFirst().status(), NOW);

        assertThat(draft.poll())
                .isEqualTo(new social.woolly.core.model.NewStatus.Poll(
                        List.of("A", "B"), Duration.ofDays(1), true, false));
        assertThat(draft.scheduledAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }
}
