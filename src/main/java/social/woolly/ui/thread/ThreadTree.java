package social.woolly.ui.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import social.woolly.core.model.Context;
import social.woolly.core.model.Status;

/**
 * A post's thread rebuilt from {@code in_reply_to_id}, whatever order and grouping the server sent
 * its context in. Mastodon and GoToSocial send the reply chain and the replies depth first, but
 * Pleroma and Akkoma send the whole conversation split by age only (a sibling branch lands in
 * "ancestors"), Hollo sends replies breadth first, and snac only the direct replies. Immutable; no
 * toolkit, so it is built off the FX thread.
 */
final class ThreadTree {
    /** A reply below the opened post: {@code depth} 1 for a direct reply, not capped. */
    record Reply(Status status, int depth) {}

    private final Status opened;
    /** Every status received, in the order the server listed them, the opened one left out. */
    private final SequencedMap<String, Status> received;
    /** The ancestors as the server listed them for the opened post. */
    private final List<Status> listedAncestors;

    private final List<Status> ancestors;
    private final List<Reply> replies;
    private final Set<String> parents;

    private ThreadTree(Status opened, SequencedMap<String, Status> received, List<Status> listedAncestors) {
        this.opened = opened;
        this.received = received;
        this.listedAncestors = listedAncestors;
        this.ancestors = walkUp();
        this.replies = walkDown();
        this.parents = new HashSet<>();
        received.values().forEach(s -> {
            if (s.inReplyToId() != null) {
                parents.add(s.inReplyToId());
            }
        });
    }

    /** The thread of {@code opened} from the context the server sent for it. */
    static ThreadTree of(Status opened, Context context) {
        return new ThreadTree(opened, new LinkedHashMap<>(), List.copyOf(context.ancestors())).with(context);
    }

    /**
     * This thread with the statuses of {@code more} (another post's context) added; a status
     * already received keeps its first version and place.
     */
    ThreadTree with(Context more) {
        SequencedMap<String, Status> all = new LinkedHashMap<>(received);
        for (List<Status> part : List.of(more.ancestors(), more.descendants())) {
            for (Status s : part) {
                if (!s.id().equals(opened.id())) {
                    all.putIfAbsent(s.id(), s);
                }
            }
        }
        return new ThreadTree(opened, all, listedAncestors);
    }

    Status opened() {
        return opened;
    }

    /**
     * The chain the opened post replies to, oldest first: any other "ancestor" belongs to another
     * branch of the conversation. Where a parent was not received (Mastodon leaves out posts the
     * person cannot see: blocked, muted, private), the chain has a gap and cannot be followed past
     * it; the ancestors as the server listed them are shown instead, as they were before threads
     * were rebuilt, so the root of a conversation does not vanish behind one hidden post.
     */
    List<Status> ancestors() {
        return ancestors;
    }

    /**
     * The statuses whose reply chain reaches the opened post, depth first, each post's replies in
     * the order the server listed them. Statuses of other branches are left out.
     */
    List<Reply> replies() {
        return replies;
    }

    /**
     * The replies, in {@link #replies()} order, that say they have replies of their own although
     * none was received (snac lists direct replies only): their own context would fill the gap.
     */
    List<Reply> repliesMissingTheirReplies() {
        return replies.stream()
                .filter(r -> r.status().repliesCount() > 0
                        && !parents.contains(r.status().id()))
                .toList();
    }

    private List<Status> walkUp() {
        List<Status> chain = new ArrayList<>();
        // The seen set ends a cycle (a self-reply, or A and B replying to each other).
        Set<String> seen = new HashSet<>();
        seen.add(opened.id());
        String parent = opened.inReplyToId();
        while (parent != null && seen.add(parent)) {
            Status found = received.get(parent);
            if (found == null) {
                return listedAbove(chain);
            }
            chain.add(found);
            parent = found.inReplyToId();
        }
        return List.copyOf(chain.reversed());
    }

    // After a gap: the server's own list, without the opened post and anything replying to it.
    private List<Status> listedAbove(List<Status> chain) {
        if (listedAncestors.isEmpty()) {
            return List.copyOf(chain.reversed());
        }
        Set<String> below = new HashSet<>();
        below.add(opened.id());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Status s : received.values()) {
                if (s.inReplyToId() != null && below.contains(s.inReplyToId()) && below.add(s.id())) {
                    grew = true;
                }
            }
        }
        Set<String> shown = new HashSet<>();
        return listedAncestors.stream()
                .filter(a -> !below.contains(a.id()) && shown.add(a.id()))
                .toList();
    }

    private List<Reply> walkDown() {
        Map<String, List<Status>> children = new HashMap<>();
        for (Status s : received.values()) {
            String parent = s.inReplyToId();
            if (parent != null) {
                children.computeIfAbsent(parent, _ -> new ArrayList<>()).add(s);
            }
        }
        // A post already placed (the opened one, an ancestor, a reply) is never placed again, so a
        // cycle ends; an explicit stack, so a long back-and-forth cannot overflow the call stack.
        Set<String> placed = new HashSet<>();
        placed.add(opened.id());
        ancestors.forEach(a -> placed.add(a.id()));
        List<Reply> out = new ArrayList<>();
        Deque<Reply> stack = new ArrayDeque<>();
        pushChildren(stack, children, opened.id(), 1);
        while (!stack.isEmpty()) {
            Reply next = stack.pop();
            if (placed.add(next.status().id())) {
                out.add(next);
                pushChildren(stack, children, next.status().id(), next.depth() + 1);
            }
        }
        return List.copyOf(out);
    }

    private static void pushChildren(Deque<Reply> stack, Map<String, List<Status>> children, String id, int depth) {
        List<Status> mine = children.getOrDefault(id, List.of());
        // Reversed onto the stack, so that the first listed reply comes out first.
        for (Status child : mine.reversed()) {
            stack.push(new Reply(child, depth));
        }
    }

    @Override
    public String toString() {
        return "ThreadTree[" + opened.id() + ", " + received.size() + " received]";
    }
}
