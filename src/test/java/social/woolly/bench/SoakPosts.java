package social.woolly.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The posts the soak streams, varied like a busy home timeline and the same on every run (fixed
 * seed): everyday lines from the sandbox's {@code chatter.txt}, some with mentions, hashtags,
 * custom emoji, links, a content warning, several paragraphs, one to four pictures, or a boost.
 */
final class SoakPosts {

    enum Kind {
        /** Plain text, posted through the sandbox hook. */
        TEXT,
        /** With a content warning, posted through the API. */
        WARNING,
        /** With {@link Post#pictures()} pictures, uploaded and posted through the API. */
        PICTURES,
        /** A boost of the other author's last post. */
        BOOST
    }

    /** One post to make. */
    record Post(Kind kind, String author, String text, String spoiler, int pictures) {}

    static final List<String> AUTHORS = List.of("bob", "carol");

    private static final List<String> TAGS =
            List.of("#woolly", "#javafx", "#yarn", "#fibreart", "#caturday", "#fediverse");
    private static final List<String> EMOJI = List.of(":woolly:", ":blobwave:", ":sparkle:", ":yarn:");
    private static final List<String> MENTIONS = List.of("@alice", "@carol", "@bob", "@alice @carol");
    private static final int MAX_LENGTH = 480;

    private final List<String> lines = chatter();
    private final Random random = new Random(4);

    /** The next post; {@code n} counts from 1 and only makes links unique. */
    Post next(int n) {
        String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
        String base = line();
        int roll = random.nextInt(100);
        if (roll < 15) {
            return text(author, pick(MENTIONS) + " " + base);
        }
        if (roll < 25) {
            return text(author, base + " " + pick(TAGS) + " " + pick(TAGS));
        }
        if (roll < 33) {
            return text(author, pick(EMOJI) + " " + base + " " + pick(EMOJI));
        }
        if (roll < 38) {
            return text(author, base + " https://example.org/notes/" + n);
        }
        if (roll < 46) {
            return text(author, clip(base + "\n\n" + line() + "\n\n" + line() + "\n" + line()));
        }
        if (roll < 52) {
            return new Post(Kind.WARNING, author, base, "Spoilers: " + line(), 0);
        }
        if (roll < 56) {
            int pictures = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(3);
            return new Post(Kind.PICTURES, author, base + " #photography", "", pictures);
        }
        if (roll < 59) {
            return new Post(Kind.BOOST, author, "", "", 0);
        }
        return text(author, base);
    }

    private static Post text(String author, String text) {
        return new Post(Kind.TEXT, author, text, "", 0);
    }

    private String line() {
        return pick(lines);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String clip(String text) {
        return text.length() <= MAX_LENGTH
                ? text
                : text.substring(0, MAX_LENGTH).strip();
    }

    private static List<String> chatter() {
        try (InputStream in =
                Objects.requireNonNull(SoakPosts.class.getResourceAsStream("/sandbox/chatter.txt"), "chatter.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2)[1].replace("\\n", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
