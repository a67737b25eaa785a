package social.woolly.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's starting world: alice (whom you sign in as), bob, carol, the bot erin and the
 * remote dave@remote.example, and about seventy statuses over the last three days with mentions,
 * hashtags, custom emoji, content warnings, pictures, polls, reblogs, a reply thread, an edited
 * post, a followers-only post and a direct message, plus the notifications they cause.
 */
final class SandboxSeed {
    static final String PASSWORD = "password";

    private static final List<String[]> CHATTER = chatter();

    private final SandboxStore store;
    private final SandboxActivity activity;
    private final Random random = new Random(42);
    private Instant clock;

    SandboxSeed(SandboxStore store, SandboxActivity activity) {
        this.store = store;
        this.activity = activity;
        this.clock = store.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    void run() {
        Instant joined = clock.minus(Duration.ofDays(400));
        SandboxAccount alice = store.addAccount(
                "alice",
                null,
                PASSWORD,
                205,
                "Alice Lamb",
                "<p>Knits, codes and tries every new client. You are signed in as me in the sandbox.</p>",
                joined);
        alice.fields.add(new SandboxAccount.Field("Pronouns", "she/her", null));
        alice.fields.add(new SandboxAccount.Field(
                "Website",
                "<a href=\"https://example.org\" target=\"_blank\""
                        + " rel=\"nofollow noopener me\" translate=\"no\"><span class=\"invisible\">https://</span>"
                        + "<span class=\"\">example.org</span><span class=\"invisible\"></span></a>",
                clock));
        SandboxAccount bob = store.addAccount(
                "bob",
                null,
                PASSWORD,
                28,
                "Bob 🐑",
                "<p>Desktop apps, dark mode, <a href=\"" + store.baseUrl + "/tags/javafx\" class=\"mention hashtag\""
                        + " rel=\"tag\">#<span>javafx</span></a>.</p>",
                joined.plus(Duration.ofDays(3)));
        SandboxAccount carol = store.addAccount(
                "carol",
                null,
                PASSWORD,
                300,
                "Carol :yarn:",
                "<p>Spinner, dyer, knitter. :woolly:</p>",
                joined.plus(Duration.ofDays(40)));
        SandboxAccount dave = store.addAccount(
                "dave",
                "remote.example",
                null,
                130,
                "Dave from afar",
                "<p>Posting from another server.</p>",
                joined.plus(Duration.ofDays(90)));
        SandboxAccount erin = store.addAccount(
                "erin",
                null,
                PASSWORD,
                48,
                "Erin's Cat Facts",
                "<p>Automated cat facts, every few hours.</p>",
                joined.plus(Duration.ofDays(200)));
        erin.bot = true;
        for (SandboxAccount followed : List.of(bob, carol, dave)) {
            activity.follow(alice, followed, tick());
        }
        activity.follow(bob, carol, tick());
        activity.follow(carol, bob, tick());
        activity.follow(bob, alice, tick());
        activity.follow(carol, alice, tick());
        activity.follow(dave, alice, tick());
        store.addList(alice.id, "Close friends", Set.of(bob.id, carol.id));
        store.followTag(alice.id, "photography");
        store.followTag(alice.id, "woolly");
        List<SandboxAccount> everyone = List.of(alice, bob, carol, dave, erin);
        chatter(everyone, 0, 8);
        specials(alice, bob, carol, dave, erin);
        chatter(everyone, 8, CHATTER.size());
        latest(alice, bob, carol, dave);
    }

    private void chatter(List<SandboxAccount> everyone, int from, int to) {
        for (String[] line : CHATTER.subList(from, to)) {
            SandboxAccount author = everyone.stream()
                    .filter(a -> a.username.equals(line[0]))
                    .findFirst()
                    .orElseThrow();
            activity.post(author, SandboxActivity.Draft.of(line[1]), tick());
        }
    }

    private void specials(
            SandboxAccount alice, SandboxAccount bob, SandboxAccount carol, SandboxAccount dave, SandboxAccount erin) {
        SandboxStatus hello = activity.post(
                alice,
                SandboxActivity.Draft.of("Hello from the sandbox! Say hi to @bob and @carol :woolly: #woolly"),
                tick());
        alice.pinned.add(hello.id);
        activity.post(
                bob,
                SandboxActivity.Draft.of("She used the purple yarn after all. I did not see that coming.")
                        .withSpoiler("Spoilers for the knitting show finale"),
                tick());
        SandboxStatus sunset = activity.post(
                carol,
                SandboxActivity.Draft.of("Sunset over the pasture, and the morning after. #photography")
                        .withMedia(
                                List.of(
                                        photo(carol, 3, "A pink sky over green hills with a low sun."),
                                        photo(carol, 5, "Rolling hills under a pale blue morning sky.")),
                                false),
                tick());
        // Favourites of one post group within a 12-hour bucket (as on Mastodon): keep these in one
        // bucket whatever the time of day the sandbox starts, or the grouped page splits them.
        clock = roomInBucket(clock, Duration.ofHours(4));
        activity.favourite(bob, hello, tick());
        activity.reblog(bob, hello, "public", tick());
        activity.favourite(carol, hello, tick());
        activity.favourite(dave, hello, tick());
        activity.reblog(carol, hello, "public", tick());
        SandboxStatus greeting = activity.post(
                dave,
                SandboxActivity.Draft.of("Greetings from afar, @alice! How is the weather on the sandbox? #fediverse"),
                tick());
        activity.post(
                bob,
                SandboxActivity.Draft.of("Best way to read a timeline?")
                        .withPoll(new SandboxActivity.PollDraft(
                                List.of("Newest first", "Oldest first", "Chaos"), 3 * 86_400, false, false)),
                tick());
        SandboxStatus oldPoll = activity.post(
                carol,
                SandboxActivity.Draft.of("Which fibres should I stock for the festival?")
                        .withPoll(new SandboxActivity.PollDraft(
                                List.of("Merino", "Alpaca", "Silk", "Linen"), 3600, true, false)),
                tick());
        SandboxPoll poll = java.util.Objects.requireNonNull(oldPoll.poll);
        poll.votes.put(bob.id, List.of(0, 2));
        poll.votes.put(dave.id, List.of(1));
        poll.votes.put(alice.id, List.of(0));
        thread(alice, bob, carol);
        SandboxStatus edited = activity.post(bob, SandboxActivity.Draft.of("I think JavaFX 25 is out?"), tick());
        activity.edit(edited, SandboxActivity.Draft.of("JavaFX 25 is out! Woolly runs on it. #javafx"), tick());
        activity.reblog(alice, greeting, "public", tick());
        activity.reblog(dave, sunset, "public", tick());
        activity.post(carol, SandboxActivity.Draft.of(":blobwave: Good morning, everyone :sparkle:"), tick());
        activity.post(
                dave,
                SandboxActivity.Draft.of("Spider in the garden this morning. Marked sensitive for the arachnophobes.")
                        .withMedia(
                                List.of(photo(dave, 8, "A close-up of a garden, with a spider out of focus.")), true),
                tick());
        activity.post(
                alice,
                SandboxActivity.Draft.of(
                        "Reading https://docs.joinmastodon.org/methods/timelines/ again. Paging with min_id is subtle. #woolly"),
                tick());
        activity.post(
                bob,
                SandboxActivity.Draft.of("Followers only: the surprise party for @carol is on Saturday. 🎉")
                        .withVisibility("private"),
                tick());
        activity.post(
                carol,
                SandboxActivity.Draft.of("@alice psst, could you bring the blue yarn on Saturday?")
                        .withVisibility("direct"),
                tick());
        activity.post(
                erin,
                SandboxActivity.Draft.of("Today's cat, as drawn by a computer. #caturday")
                        .withMedia(List.of(photo(erin, 11, null)), false),
                tick());
        activity.post(
                carol,
                SandboxActivity.Draft.of("Quiet post, not for the public timelines.")
                        .withVisibility("unlisted"),
                tick());
        activity.post(
                alice,
                SandboxActivity.Draft.of("Some thoughts on timelines.\n\nFirst: newest at the top."
                        + "\nSecond: never lose my place.\n\nThird: show me the gap when there is one. #woolly"),
                tick());
        activity.post(
                alice,
                SandboxActivity.Draft.of("My knitting corner, finally tidy.")
                        .withMedia(
                                List.of(photo(alice, 13, "A wicker basket full of yarn next to an armchair.")), false),
                tick());
        activity.post(
                carol,
                SandboxActivity.Draft.of(("A long one about wool. Merino is soft and fine; Shetland is hardy and"
                                        + " warm; Wensleydale is lustrous and drapes beautifully; Jacob comes in natural browns and creams. "
                                        + "Each breed spins differently, takes dye differently and wears differently, which is why a spinner"
                                        + " keeps a little of everything and labels none of it. ")
                                .repeat(2)
                                .strip()
                        + " #yarn"),
                tick());
    }

    private void thread(SandboxAccount alice, SandboxAccount bob, SandboxAccount carol) {
        SandboxStatus first =
                activity.post(carol, SandboxActivity.Draft.of("A thread about sheep breeds 🧵 (1/2)"), tick());
        SandboxStatus second = activity.post(
                carol,
                SandboxActivity.Draft.of("Jacob sheep have four horns sometimes. Four! (2/2)")
                        .replyingTo(first),
                tick());
        SandboxStatus fromBob = activity.post(
                bob,
                SandboxActivity.Draft.of("@carol four horns?! Pictures or it didn't happen.")
                        .replyingTo(second),
                tick());
        SandboxStatus fromAlice = activity.post(
                alice,
                SandboxActivity.Draft.of("@bob @carol I have seen one, it is true!")
                        .replyingTo(fromBob),
                tick());
        activity.post(
                carol,
                SandboxActivity.Draft.of("@alice thank you for backing me up 😄")
                        .replyingTo(fromAlice),
                tick());
    }

    /** The freshest activity, minutes old, so that the notifications start with something new. */
    private void latest(SandboxAccount alice, SandboxAccount bob, SandboxAccount carol, SandboxAccount dave) {
        clock = store.now().minus(Duration.ofMinutes(30));
        SandboxStatus tea = store.newestFirst()
                .filter(s -> s.account == alice && s.reblog == null && s.text.startsWith("Tea"))
                .findFirst()
                .orElseThrow();
        activity.favourite(carol, tea, tick(4));
        activity.favourite(bob, tea, tick(4));
        activity.post(
                dave,
                SandboxActivity.Draft.of("@alice did you try the new client yet? #woolly")
                        .replyingTo(tea),
                tick(4));
        activity.post(bob, SandboxActivity.Draft.of("Good night, timeline! 🌙"), tick(4));
    }

    /** The everyday posts from {@code sandbox/chatter.txt}: author, tab, text. */
    private static List<String[]> chatter() {
        try (InputStream in = Objects.requireNonNull(SandboxSeed.class.getResourceAsStream("/sandbox/chatter.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n").split("\t", 2))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SandboxMedia photo(SandboxAccount owner, int seed, @Nullable String description) {
        return SandboxFiles.seededPhoto(store, owner, seed, description, clock);
    }

    /** {@code at}, or the start of the next group bucket (plus a little) if less than {@code room} is left in this one. */
    private static Instant roomInBucket(Instant at, Duration room) {
        long span = SandboxNotification.GROUP_SPAN_SECONDS;
        long into = Math.floorMod(at.getEpochSecond(), span);
        if (span - into >= room.toSeconds()) {
            return at;
        }
        return Instant.ofEpochSecond(at.getEpochSecond() - into + span).plus(Duration.ofMinutes(10));
    }

    private Instant tick() {
        return tick(25 + random.nextInt(30));
    }

    private Instant tick(int minutes) {
        clock = clock.plus(Duration.ofMinutes(minutes))
                .plusSeconds(random.nextInt(60))
                .plusMillis(random.nextInt(1000));
        return clock;
    }
}
