package social.woolly.core.compose;

import social.woolly.core.model.ServerLimits;

/**
 * Counts a status's characters the way its server will, so the composer can show what is left
 * before the server would refuse it (Mastodon's {@code StatusLengthValidator}):
 *
 * <ul>
 *   <li>the content warning counts, together with the text;
 *   <li>every URL counts as {@link ServerLimits#charactersReservedPerUrl()} (23 on Mastodon),
 *       however long it is: http(s) and the other schemes Mastodon links ({@code gemini://} …);
 *       trailing punctuation is not part of a URL, balanced parentheses are;
 *   <li>a mention {@code @user@domain} counts only as {@code @user};
 *   <li>anything else counts as written ({@code :custom_emoji:}, {@code #hashtags}), one per
 *       user-perceived character: an emoji with skin tone or a joined family is one, a combining
 *       mark joins its base letter, a CJK ideograph is one;
 *   <li>text of only white space counts as nothing.
 * </ul>
 *
 * <p>See {@code CountableText} for how URLs and mentions are recognized. Pure and thread-safe;
 * fast enough to call on every keystroke.
 *
 * @see <a href="https://docs.joinmastodon.org/user/posting/#text">Posting: text</a>
 */
public final class CharacterCounter {
    private final int maxCharacters;
    private final int charactersPerUrl;

    public CharacterCounter(ServerLimits limits) {
        this(limits.maxCharacters(), limits.charactersReservedPerUrl());
    }

    public CharacterCounter(int maxCharacters, int charactersPerUrl) {
        if (maxCharacters <= 0 || charactersPerUrl < 0) {
            throw new IllegalArgumentException("limits out of range: " + maxCharacters + ", " + charactersPerUrl);
        }
        this.maxCharacters = maxCharacters;
        this.charactersPerUrl = charactersPerUrl;
    }

    /** Counts {@code text} with its content warning ({@code ""} for none). */
    public CharacterCount count(String text, String spoilerText) {
        // The validator joins the content warning and the countable text, then counts clusters.
        int used = CountableText.graphemes(spoilerText + CountableText.of(text, charactersPerUrl));
        return new CharacterCount(used, maxCharacters);
    }

    /** Counts a draft's text and content warning. */
    public CharacterCount count(Draft draft) {
        return count(draft.text(), draft.spoilerText());
    }

    /**
     * The user-perceived characters (extended grapheme clusters) of {@code text}, as Mastodon
     * counts poll options.
     */
    public static int graphemes(String text) {
        return CountableText.graphemes(text);
    }
}
