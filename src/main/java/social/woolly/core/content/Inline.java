package social.woolly.core.content;

import org.jspecify.annotations.Nullable;

/**
 * One run inside a {@link Block}: text, a link, a mention, a hashtag, a custom emoji or a line break.
 * Every {@code href} here is an absolute {@code http}/{@code https} URL with no whitespace, control or
 * bidi characters; anything else never becomes a run that can be clicked.
 */
public sealed interface Inline {

    /** What the run shows, as plain text: link text, {@code @alice}, {@code #tag}, {@code :blobcat:}, a newline. */
    String text();

    /** Text with one style; never empty. */
    record Text(String text, Style style) implements Inline {}

    /**
     * A link to open in the browser.
     *
     * @param text what to show, never empty: Mastodon's shortened form ({@code example.com/very/lo…})
     *     when the server sent one
     */
    record Link(String href, String text, Style style) implements Inline {

        /** The full URL, for a tooltip: the text may be shortened, or may claim to be another site. */
        public String tooltip() {
            return href;
        }
    }

    /**
     * A mention of an account, to open in the app rather than in the browser.
     *
     * @param username the local part, {@code alice} of {@code @alice@example.com}
     * @param acct {@code alice@example.com} for remote and {@code alice} for local accounts, when the
     *     status's mentions or the link text say it; null when only the href is known
     * @param accountId the account's id on the signed-in server, when the status's mentions list it
     */
    record Mention(
            String href,
            String text,
            String username,
            @Nullable String acct,
            @Nullable String accountId,
            Style style) implements Inline {}

    /**
     * A hashtag, to open as a tag timeline in the app.
     *
     * @param name the tag without {@code #}, as the status's tags spell it when they list it
     * @param text what to show, {@code #Tag} as the author wrote it
     */
    record Hashtag(String href, String name, String text, Style style) implements Inline {}

    /** A custom emoji the status lists; {@code staticUrl} is the still image for reduced motion. */
    record Emoji(String shortcode, String url, String staticUrl) implements Inline {

        @Override
        public String text() {
            return ":" + shortcode + ":";
        }
    }

    /** A forced line break ({@code <br>}) inside a block. */
    record LineBreak() implements Inline {

        public static final LineBreak INSTANCE = new LineBreak();

        @Override
        public String text() {
            return "\n";
        }
    }
}
