package social.woolly.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.Page;
import social.woolly.core.timeline.Timeline;
import social.woolly.core.timeline.TimelineSource;
import social.woolly.sandbox.Sandbox;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.status.StatusItemFactory;
import social.woolly.ui.timeline.TimelineViewModel.Phase;

/** The timeline view-model without a toolkit, against the sandbox (issue #4). */
class TimelineViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    private Sandbox sandbox;
    private MastodonApi api;
    private final List<ApiException> unauthorized = new ArrayList<>();
    private TimelineViewModel viewModel;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        viewModel = new TimelineViewModel(
                new Timeline(TimelineSource.home(api)),
                new DirectRunner(),
                new StatusItemFactory(sandbox.baseUrl()),
                new ErrorMessages(TEXT),
                unauthorized::add);
    }

    @AfterEach
    void stop() {
        viewModel.dispose();
        sandbox.close();
    }

    private static Page<social.woolly.core.model.Status> empty() {
        return new Page<>(List.of(), null, null);
    }

    @Test
    void open_withoutCache_loadsTheNewestPosts() {
        viewModel.open(empty());

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(viewModel.rows()).hasSizeGreaterThanOrEqualTo(20).allMatch(r -> r instanceof TimelineRow.Post);
    }

    @Test
    void loadOlder_appendsOlderPostsWithoutDuplicates() {
        viewModel.open(empty());
        int before = viewModel.rows().size();

        viewModel.loadOlder();

        assertThat(viewModel.rows().size()).isGreaterThan(before);
        assertThat(viewModel.rows().stream().map(TimelineRow::key).distinct().count())
                .isEqualTo(viewModel.rows().size());
    }

    @Test
    void firstLoadFails_showsTheErrorInPlace() {
        sandbox.failNext("/api/v1/timelines/home", 502, "<html><body>Bad gateway</body></html>");

        viewModel.open(empty());

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(viewModel.errorProperty().get()).contains("trouble");
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void laterRefreshFails_keepsThePostsAndSaysSoQuietly() {
        viewModel.open(empty());
        int shown = viewModel.rows().size();
        sandbox.failNext("/api/v1/timelines/home", 503, "");

        viewModel.refresh();

        assertThat(viewModel.rows()).hasSize(shown);
        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(viewModel.noticeProperty().get()).isNotEmpty();
    }

    @Test
    void rejectedToken_reportsUnauthorized() {
        sandbox.revokeToken(sandbox.issuedToken());
        TimelineViewModel revoked = new TimelineViewModel(
                new Timeline(TimelineSource.home(new MastodonClient(new OkHttpClient())
                        .api(URI.create(sandbox.baseUrl()), AccessToken.of("not-a-token")))),
                new DirectRunner(),
                new StatusItemFactory(sandbox.baseUrl()),
                new ErrorMessages(TEXT),
                unauthorized::add);

        revoked.open(empty());

        assertThat(unauthorized).singleElement().isInstanceOf(ApiException.Unauthorized.class);
        assertThat(revoked.errorProperty().get()).contains("sign in again");
    }

    @Test
    void streamedPost_goesOnTopAndCountsAsNew_whileReadingFurtherDown() throws Exception {
        viewModel.open(empty());
        viewModel.setAnchor(viewModel.rows().get(5).key());
        var status = api.statuses().get(sandbox.postStatusAs("bob", "fresh")).execute();

        viewModel.streamed(List.of(new StatusItemFactory(sandbox.baseUrl()).create(status)));

        assertThat(viewModel.rows().getFirst().key()).isEqualTo("s:" + status.id());
        assertThat(viewModel.newPostsProperty().get()).isEqualTo(1);
    }

    @Test
    void streamedBatch_reachesTheListAsOneChange() throws Exception {
        viewModel.open(empty());
        StatusItemFactory items = new StatusItemFactory(sandbox.baseUrl());
        List<social.woolly.ui.status.StatusItem> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(items.create(api.statuses()
                    .get(sandbox.postStatusAs("bob", "batch " + i))
                    .execute()));
        }
        List<Integer> changes = new ArrayList<>();
        viewModel.rows().addListener((javafx.collections.ListChangeListener<TimelineRow>) c -> changes.add(1));

        viewModel.streamed(batch);

        // One change, so the list view re-measures once per batch, not once per post.
        assertThat(changes).hasSize(1);
        assertThat(viewModel.rows().subList(0, 3))
                .extracting(TimelineRow::key)
                .containsExactlyInAnyOrderElementsOf(
                        batch.stream().map(i -> "s:" + i.status().id()).toList());
    }

    @Test
    void streamedDelete_removesThePost() {
        viewModel.open(empty());
        TimelineRow.Post first = (TimelineRow.Post) viewModel.rows().getFirst();

        viewModel.streamedDelete(first.item().status().id());

        assertThat(viewModel.rows()).doesNotContain(first);
    }
}
