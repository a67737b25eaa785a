package social.woolly.core.compose;

/**
 * How much of a server's character limit a status uses, as {@link CharacterCounter} counts it.
 *
 * @param used characters counted, content warning included
 * @param max the server's limit ({@code max_characters})
 */
public record CharacterCount(int used, int max) {

    /** Characters left before the limit; negative when over it. */
    public int remaining() {
        return max - used;
    }

    /** Whether the server would refuse the status as too long. */
    public boolean isOver() {
        return used > max;
    }
}
