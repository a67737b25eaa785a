package social.woolly.ui.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.model.Context;
import social.woolly.core.model.Status;

/** The thread rebuilt from in_reply_to_id (compatibility audit A3, A6). */
class ThreadTreeTest {

    static Status status(String id, @Nullable String parent) {
        return status(id, parent, 0);
    }

    static Status status(String id, @Nullable String parent, int repliesCount) {
        String reply = parent == null ? "null" : "\"" + parent + "\"";
        String json = "{\"id\":\"" + id + "\",\"account\":{\"id\":\"a1\",\"username\":\"ann\",\"acct\":\"ann\"},"
                + "\"content\":\"<p>" + id + "</p>\",\"in_reply_to_id\":" + reply
                + ",\"replies_count\":" + repliesCount + "}";
        try {
            return Json.read(json, Status.class);
        } catch (ApiException.BadResponse e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ancestors(ThreadTree tree) {
        return tree.ancestors().stream().map(Status::id).toList();
    }

    private static List<String> replies(ThreadTree tree) {
        return tree.replies().stream().map(r -> r.status().id()).toList();
    }

    private static List<Integer> depths(ThreadTree tree) {
        return tree.replies().stream().map(ThreadTree.Reply::depth).toList();
    }

    @Test
    void of_akkomaConversationSplitByAge_keepsOnlyTheChainAndTheOpenedPostsReplies() {
        // Akkoma lists every older post of the conversation as an ancestor, every newer one as a
        // descendant: A is B's sibling, C replies to A, only D replies to B.
        Status r = status("R", null);
        Status a = status("A", "R");
        Status b = status("B", "R");
        Context context = new Context(List.of(r, a), List.of(status("C", "A"), status("D", "B"), status("E", "R")));

        ThreadTree tree = ThreadTree.of(b, context);

        assertThat(ancestors(tree)).containsExactly("R");
        assertThat(replies(tree)).containsExactly("D");
    }

    @Test
    void of_hollosBreadthFirstReplies_putsEachReplyUnderItsParent() {
        Status o = status("O", null);
        Context context = new Context(List.of(), List.of(status("C1", "O"), status("C2", "O"), status("D1", "C1")));

        ThreadTree tree = ThreadTree.of(o, context);

        assertThat(replies(tree)).containsExactly("C1", "D1", "C2");
        assertThat(depths(tree)).containsExactly(1, 2, 1);
    }

    @Test
    void of_mastodonsDepthFirstContext_isKeptAsSent() {
        Status m = status("M", "R");
        Context context = new Context(
                List.of(status("R", null)),
                List.of(status("A", "M"), status("AA", "A"), status("AAA", "AA"), status("B", "M")));

        ThreadTree tree = ThreadTree.of(m, context);

        assertThat(ancestors(tree)).containsExactly("R");
        assertThat(replies(tree)).containsExactly("A", "AA", "AAA", "B");
        assertThat(depths(tree)).containsExactly(1, 2, 3, 1);
    }

    @Test
    void of_aHiddenParent_showsTheAncestorsTheServerListed_andDropsAnOrphanedReply() {
        // Mastodon leaves out X (the person cannot see it), which sits between R and M: the chain
        // cannot be followed, but R is still the conversation's start. Z replies to something not
        // sent either.
        Status m = status("M", "X");
        Context context = new Context(List.of(status("R", null)), List.of(status("A", "M"), status("Z", "Y")));

        ThreadTree tree = ThreadTree.of(m, context);

        assertThat(ancestors(tree)).containsExactly("R");
        assertThat(replies(tree)).containsExactly("A");
    }

    @Test
    void of_aHiddenParent_neverShowsTheOpenedPostsOwnRepliesAbove() {
        // A server that lists by age (Akkoma) with a hidden parent: a listed "ancestor" that is
        // really a reply of the opened post stays below.
        Status m = status("M", "X");
        Context context = new Context(List.of(status("R", null), status("A", "M")), List.of(status("AA", "A")));

        ThreadTree tree = ThreadTree.of(m, context);

        assertThat(ancestors(tree)).containsExactly("R");
        assertThat(replies(tree)).containsExactly("A", "AA");
    }

    @Test
    void of_cyclesAndSelfReplies_endWithoutLooping() {
        // S replies to itself, and is listed again as a reply to its own reply P; O and A reply
        // to each other.
        Status self = status("S", "S");
        Context selfContext = new Context(List.of(self), List.of(status("P", "S"), status("S", "P")));
        Status o = status("O", "A");
        Context cycle = new Context(List.of(status("A", "O")), List.of(status("A", "O"), status("B", "O")));

        ThreadTree selfTree = ThreadTree.of(self, selfContext);
        ThreadTree cycleTree = ThreadTree.of(o, cycle);

        assertThat(ancestors(selfTree)).isEmpty();
        assertThat(replies(selfTree)).containsExactly("P");
        assertThat(ancestors(cycleTree)).containsExactly("A");
        assertThat(replies(cycleTree)).containsExactly("B");
    }

    @Test
    void of_aLongChain_placesEveryReplyWithoutOverflowing() {
        Status o = status("0", null);
        List<Status> chain = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            chain.add(status(Integer.toString(i), Integer.toString(i - 1)));
        }

        ThreadTree tree = ThreadTree.of(o, new Context(List.of(), chain));

        assertThat(tree.replies()).hasSize(5_000);
        assertThat(tree.replies().getLast().depth()).isEqualTo(5_000);
    }

    @Test
    void with_anotherPostsDirectReplies_mergesThemUnderThatPost() {
        // snac: the context of O has C1 and C2 only; C1 says it has a reply.
        Status o = status("O", null);
        ThreadTree tree = ThreadTree.of(o, new Context(List.of(), List.of(status("C1", "O", 1), status("C2", "O"))));

        assertThat(tree.repliesMissingTheirReplies())
                .extracting(r -> r.status().id())
                .containsExactly("C1");

        ThreadTree merged = tree.with(new Context(List.of(o), List.of(status("D1", "C1"))));

        assertThat(replies(merged)).containsExactly("C1", "D1", "C2");
        assertThat(depths(merged)).containsExactly(1, 2, 1);
        assertThat(merged.repliesMissingTheirReplies()).isEmpty();
    }
}
