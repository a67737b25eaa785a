package social.woolly.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Short text forms of the runs in a {@link RichText}, so test tables can state them in one line. */
final class Runs {

    private Runs() {}

    /** {@code href | text} of each link. */
    static List<String> links(RichText text) {
        return collect(text, run -> run instanceof Inline.Link link ? link.href() + " | " + link.text() : null);
    }

    /** {@code href | username | acct | id} of each mention, {@code -} for null. */
    static List<String> mentions(RichText text) {
        return collect(
                text,
                run -> run instanceof Inline.Mention m
                        ? String.join(" | ", m.href(), m.username(), orDash(m.acct()), orDash(m.accountId()))
                        : null);
    }

    /** {@code name | text} of each hashtag. */
    static List<String> hashtags(RichText text) {
        return collect(text, run -> run instanceof Inline.Hashtag tag ? tag.name() + " | " + tag.text() : null);
    }

    /** The shortcode of each emoji. */
    static List<String> emojis(RichText text) {
        return collect(text, run -> run instanceof Inline.Emoji emoji ? emoji.shortcode() : null);
    }

    static List<Inline> all(RichText text) {
        List<Inline> all = new ArrayList<>();
        text.blocks().forEach(block -> all.addAll(block.inlines()));
        return all;
    }

    private static List<String> collect(RichText text, Function<Inline, @Nullable String> form) {
        List<String> found = new ArrayList<>();
        for (Inline run : all(text)) {
            String one = form.apply(run);
            if (one != null) {
                found.add(one);
            }
        }
        return found;
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "-" : value;
    }
}
