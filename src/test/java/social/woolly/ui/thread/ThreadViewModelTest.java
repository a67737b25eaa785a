package social.woolly.ui.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.MastodonApi;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.model.Status;
import social.woolly.sandbox.Sandbox;
import social.woolly.sandbox.SandboxOptions;
import social.woolly.sandbox.SandboxOptions.ThreadContext;
import social.woolly.sandbox.SandboxRequest;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;
import social.woolly.ui.thread.ThreadViewModel.Phase;

/** A post's thread without a toolkit, against the sandbox (issue #4: Enter opens the post). */
class ThreadViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);

    private Sandbox sandbox;
    private MastodonApi api;
    private StatusItemFactory items;
    private ThreadViewModel viewModel;

    @BeforeEach
    void start() throws Exception {
        start(SandboxOptions.defaults());
    }

    /** Starts the sandbox, here or again, acting like another server. */
    private void start(SandboxOptions options) throws Exception {
        if (sandbox != null) {
            viewModel.dispose();
            sandbox.close();
        }
        sandbox = Sandbox.start(options);
        api = new MastodonClient(new OkHttpClient())
                .api(URI.create(sandbox.baseUrl()), AccessToken.of(sandbox.issueToken("alice")));
        items = new StatusItemFactory(sandbox.baseUrl());
        viewModel = new ThreadViewModel(api.statuses(), new DirectRunner(), items, new ErrorMessages(TEXT), TEXT);
    }

    @AfterEach
    void stop() {
        viewModel.dispose();
        sandbox.close();
    }

    private StatusItem item(String id) throws Exception {
        return items.create(api.statuses().get(id).execute());
    }

    private List<String> texts() {
        return viewModel.rows().stream()
                .map(row -> row.item().shown().content().replaceAll("<[^>]*>", ""))
                .toList();
    }

    private List<Integer> depths() {
        return viewModel.rows().stream().map(ThreadRow::depth).toList();
    }

    @Test
    void start_onAReply_showsAncestorsThePostAndRepliesByDepth() throws Exception {
        String root = sandbox.postStatusAs("bob", "root");
        String middle = sandbox.replyAs("carol", root, "middle");
        String answer = sandbox.replyAs("alice", middle, "answer");
        sandbox.replyAs("bob", answer, "answer to the answer");
        sandbox.replyAs("erin", middle, "second answer");

        viewModel.start(item(middle));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(texts()).containsExactly("root", "middle", "answer", "answer to the answer", "second answer");
        assertThat(depths()).containsExactly(0, 0, 1, 2, 1);
        assertThat(viewModel.rows()).extracting(ThreadRow::opened).containsExactly(false, true, false, false, false);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(1);
    }

    @Test
    void start_onALongBackAndForth_capsTheIndent() throws Exception {
        String root = sandbox.postStatusAs("bob", "root");
        String parent = root;
        for (int i = 1; i <= 7; i++) {
            parent = sandbox.replyAs(i % 2 == 0 ? "bob" : "carol", parent, "reply " + i);
        }

        viewModel.start(item(root));

        assertThat(depths()).containsExactly(0, 1, 2, 3, 4, 5, 5, 5);
    }

    @Test
    void start_onAPostWithoutContext_showsJustThePost() throws Exception {
        String alone = sandbox.postStatusAs("bob", "nobody answered");

        viewModel.start(item(alone));

        assertThat(texts()).containsExactly("nobody answered");
        assertThat(viewModel.rows().getFirst().opened()).isTrue();
    }

    @Test
    void start_onABoost_opensTheBoostedPostsThread() throws Exception {
        String root = sandbox.postStatusAs("bob", "root");
        String boosted = sandbox.replyAs("carol", root, "worth a boost");
        Status boost = api.statuses().reblog(boosted).execute();
        StatusItem boostItem = items.create(boost);
        assertThat(boostItem.isReblog()).isTrue();

        viewModel.start(boostItem);

        ThreadRow opened = viewModel.rows().get(viewModel.selectedProperty().get());
        assertThat(opened.opened()).isTrue();
        assertThat(opened.item().isReblog()).isFalse();
        assertThat(opened.item().status().id()).isEqualTo(boosted);
        assertThat(texts()).containsExactly("root", "worth a boost");
    }

    @Test
    void start_fromATimelineItem_keepsThatItemSoAFavouriteShowsInBoth() throws Exception {
        StatusItem fromTimeline = item(sandbox.postStatusAs("bob", "shared"));

        viewModel.start(fromTimeline);

        assertThat(viewModel.rows().getFirst().item()).isSameAs(fromTimeline);
    }

    @Test
    void start_onADeletedPost_saysItIsNoLongerAvailable() throws Exception {
        Status mine = api.statuses()
                .create(social.woolly.core.model.NewStatus.of("soon gone"), "key-1")
                .execute();
        StatusItem item = items.create(mine);
        api.statuses().delete(mine.id()).execute();

        viewModel.start(item);

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(viewModel.errorProperty().get()).isEqualTo("This post is no longer available.");
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void start_whenTheServerFails_saysWhy_andRetryShowsTheThread() throws Exception {
        String root = sandbox.postStatusAs("bob", "root");
        sandbox.failNext("/api/v1/statuses/" + root + "/context", 503, "<html>Bad gateway</html>");

        viewModel.start(item(root));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(viewModel.errorProperty().get()).isEqualTo(TEXT.getString("error.serverTrouble"));

        viewModel.retry();

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(texts()).containsExactly("root");
    }

    @Test
    void open_thenBack_returnsStepByStepToTheFirstThread() throws Exception {
        String root = sandbox.postStatusAs("bob", "root");
        String middle = sandbox.replyAs("carol", root, "middle");
        sandbox.replyAs("alice", middle, "answer");
        viewModel.start(item(root));
        StatusItem middleRow = viewModel.rows().get(1).item();

        viewModel.open(middleRow);

        assertThat(viewModel.selectedProperty().get()).isEqualTo(1);
        assertThat(viewModel.rows().get(1).opened()).isTrue();
        assertThat(viewModel.back()).isTrue();
        assertThat(texts()).containsExactly("root", "middle", "answer");
        assertThat(viewModel.rows().getFirst().opened()).isTrue();
        // Back where Enter was pressed: on the post that was opened.
        assertThat(viewModel.selectedProperty().get()).isEqualTo(1);
        assertThat(viewModel.back()).isFalse();
    }

    // Compatibility audit A3: Pleroma and Akkoma send the whole conversation split by age.
    @Test
    void start_onAkkoma_showsOnlyTheReplyChainAndTheOpenedPostsReplies() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.AKKOMA).build());
        String root = sandbox.postStatusAs("bob", "root");
        String sibling = sandbox.replyAs("carol", root, "sibling");
        String opened = sandbox.replyAs("erin", root, "opened");
        sandbox.replyAs("bob", sibling, "reply to the sibling");
        sandbox.replyAs("carol", opened, "reply to the opened");

        viewModel.start(item(opened));

        assertThat(texts()).containsExactly("root", "opened", "reply to the opened");
        assertThat(depths()).containsExactly(0, 0, 1);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(1);
    }

    // Compatibility audit A3: Hollo sends the replies breadth first.
    @Test
    void start_onHollo_putsSecondLevelRepliesUnderTheirParents() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.HOLLO).build());
        String opened = sandbox.postStatusAs("bob", "O");
        String first = sandbox.replyAs("carol", opened, "C1");
        sandbox.replyAs("erin", opened, "C2");
        sandbox.replyAs("bob", first, "D1");

        viewModel.start(item(opened));

        assertThat(texts()).containsExactly("O", "C1", "D1", "C2");
        assertThat(depths()).containsExactly(0, 1, 2, 1);
    }

    // Compatibility audit A6: snac sends the direct replies only.
    @Test
    void start_onSnac_fetchesTheRepliesOfRepliesThatCameWithout() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.SNAC).build());
        String opened = sandbox.postStatusAs("bob", "O");
        String first = sandbox.replyAs("carol", opened, "C1");
        sandbox.replyAs("erin", opened, "C2");
        String second = sandbox.replyAs("bob", first, "D1");
        sandbox.replyAs("carol", second, "E1");

        viewModel.start(item(opened));

        assertThat(texts()).containsExactly("O", "C1", "D1", "E1", "C2");
        assertThat(depths()).containsExactly(0, 1, 2, 3, 1);
        assertThat(sandbox.requests().stream()
                        .filter(r -> r.path().endsWith("/context"))
                        .map(SandboxRequest::path))
                .containsExactly(
                        "/api/v1/statuses/" + opened + "/context",
                        "/api/v1/statuses/" + first + "/context",
                        "/api/v1/statuses/" + second + "/context");
    }

    @Test
    void start_onSnacWithManyRepliesMissing_asksForAtMostTenMore() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.SNAC).build());
        String opened = sandbox.postStatusAs("bob", "O");
        for (int i = 0; i < 12; i++) {
            sandbox.replyAs("bob", sandbox.replyAs("carol", opened, "C" + i), "D" + i);
        }
        sandbox.clearRequests();

        viewModel.start(item(opened));

        assertThat(sandbox.requests().stream().filter(r -> r.path().endsWith("/context")))
                .hasSize(1 + ThreadViewModel.MAX_EXTRA_CONTEXTS);
        assertThat(texts()).hasSize(1 + 12 + ThreadViewModel.MAX_EXTRA_CONTEXTS);
    }

    @Test
    void start_onSnacWithALongBackAndForth_fillsItUpToTheDeepestIndent() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.SNAC).build());
        String opened = sandbox.postStatusAs("bob", "O");
        String parent = opened;
        for (int i = 1; i <= 8; i++) {
            parent = sandbox.replyAs(i % 2 == 0 ? "bob" : "carol", parent, "reply " + i);
        }

        viewModel.start(item(opened));

        assertThat(depths()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void start_onSnacWhenAnExtraCallFails_showsWhatCameWithoutAnError() throws Exception {
        start(SandboxOptions.builder().threadContext(ThreadContext.SNAC).build());
        String opened = sandbox.postStatusAs("bob", "O");
        String first = sandbox.replyAs("carol", opened, "C1");
        sandbox.replyAs("bob", first, "D1");
        sandbox.failNext("/api/v1/statuses/" + first + "/context", 503, "<html>Bad gateway</html>");

        viewModel.start(item(opened));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(texts()).containsExactly("O", "C1");
    }
}
