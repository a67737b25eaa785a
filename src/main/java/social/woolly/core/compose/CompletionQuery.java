package social.woolly.core.compose;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The token being typed at the caret that can be completed: {@code @user} or {@code @user@host}
 * (an account), {@code #tag} (a hashtag) or {@code :short} (a custom emoji, at least two
 * characters after the colon).
 *
 * <p>A token starts where the server would see one, after whitespace, punctuation or the start of
 * the text, never after a letter, digit, {@code _} or {@code /}: the {@code @} of an e-mail
 * address, the {@code #} of a URL fragment or the {@code :} of a time are not tokens (Mastodon's
 * {@code MENTION_RE}, {@code HASHTAG_RE} and custom emoji pattern look behind the same way, with
 * Unicode letters, so {@code 日本@bob} is no mention either).
 *
 * @param kind what the token names
 * @param term what is typed after the trigger character, up to the caret
 * @param start index of the trigger character ({@code @}, {@code #} or {@code :})
 * @param end index just past the token, which may run on past the caret when the caret is inside
 *     a word; a completion replaces {@code [start, end)}
 */
public record CompletionQuery(Kind kind, String term, int start, int end) {

    /** What a token names. */
    public enum Kind {
        ACCOUNT('@', 1),
        HASHTAG('#', 1),
        EMOJI(':', 2);

        private final char trigger;
        private final int minimumTerm;

        Kind(char trigger, int minimumTerm) {
            this.trigger = trigger;
            this.minimumTerm = minimumTerm;
        }

        /** The character that starts the token. */
        public char trigger() {
            return trigger;
        }
    }

    /**
     * The token that ends at {@code caret} in {@code text}, if there is one. A caret past the end is
     * taken as the end.
     */
    public static Optional<CompletionQuery> at(String text, int caret) {
        int at = Math.clamp(caret, 0, text.length());
        int start = at;
        // Walk back over characters a token may hold (letters, digits, '_', and for accounts '@', '.', '-').
        while (start > 0 && isTokenChar(text.charAt(start - 1))) {
            start--;
        }
        // The trigger is the last trigger character in that run that stands at a word start.
        for (int i = at - 1; i >= Math.max(0, start - 1); i--) {
            Kind kind = kindOf(text.charAt(i));
            if (kind != null && isWordStart(text, i)) {
                return query(text, kind, i, at);
            }
        }
        return Optional.empty();
    }

    /**
     * The edit that replaces this token with {@code value} ({@code bob@host}, {@code tag} or
     * {@code shortcode}, without the trigger) and a space, so the person types on. No second space
     * is added if one follows already; the caret goes past it either way.
     */
    public TextEdit complete(String text, String value) {
        String closing = kind == Kind.EMOJI ? ":" : "";
        int replaceEnd = end;
        if (kind == Kind.EMOJI && replaceEnd < text.length() && text.charAt(replaceEnd) == ':') {
            replaceEnd++;
        }
        boolean spaceFollows = replaceEnd < text.length() && Character.isWhitespace(text.charAt(replaceEnd));
        String replacement = kind.trigger + value + closing + (spaceFollows ? "" : " ");
        return new TextEdit(start, replaceEnd, replacement, start + replacement.length() + (spaceFollows ? 1 : 0));
    }

    private static Optional<CompletionQuery> query(String text, Kind kind, int start, int caret) {
        String term = text.substring(start + 1, caret);
        if (!matches(kind, term) || term.length() < kind.minimumTerm) {
            return Optional.empty();
        }
        int end = caret;
        while (end < text.length() && fits(kind, text.charAt(end), text.substring(start + 1, end))) {
            end++;
        }
        return Optional.of(new CompletionQuery(kind, term, start, end));
    }

    private static boolean matches(Kind kind, String term) {
        return switch (kind) {
            case ACCOUNT -> isAccountTerm(term);
            case HASHTAG -> term.chars().allMatch(c -> isWordChar((char) c));
            case EMOJI -> term.chars().allMatch(CompletionQuery::isShortcodeChar);
        };
    }

    // Whether c may continue a token whose term so far is `term`.
    private static boolean fits(Kind kind, char c, String term) {
        return matches(kind, term + c);
    }

    // user, user@, user@host.example: the username part is letters, digits and '_'.
    private static boolean isAccountTerm(String term) {
        int at = term.indexOf('@');
        String user = at < 0 ? term : term.substring(0, at);
        if (!user.chars().allMatch(c -> isWordChar((char) c))) {
            return false;
        }
        if (at < 0) {
            return true;
        }
        if (user.isEmpty()) {
            return false;
        }
        return term.substring(at + 1).chars().allMatch(c -> isWordChar((char) c) || c == '.' || c == '-');
    }

    private static boolean isWordStart(String text, int index) {
        if (index == 0) {
            return true;
        }
        char before = text.charAt(index - 1);
        return !isWordChar(before) && before != '/' && before != '=' && kindOf(before) == null;
    }

    private static boolean isTokenChar(char c) {
        return isWordChar(c) || c == '.' || c == '-' || c == '@';
    }

    private static boolean isWordChar(char c) {
        // Surrogates: an emoji before a token is no letter, and a letter outside the BMP is rare in
        // a username or tag; treat both as not part of a word.
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || c == '_'
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isShortcodeChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static @Nullable Kind kindOf(char c) {
        for (Kind kind : Kind.values()) {
            if (kind.trigger == c) {
                return kind;
            }
        }
        return null;
    }
}
