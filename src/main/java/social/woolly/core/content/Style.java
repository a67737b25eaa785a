package social.woolly.core.content;

/**
 * How a run of text is emphasised. Runs inside {@code <pre>} are {@link #code()} too, so the UI
 * can pick a monospace font per run.
 */
public record Style(boolean bold, boolean italic, boolean code, boolean strikethrough, boolean underline) {

    public static final Style PLAIN = new Style(false, false, false, false, false);

    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int CODE = 4;
    static final int STRIKETHROUGH = 8;
    static final int UNDERLINE = 16;

    // Five flags make 32 styles: share them instead of allocating one per run.
    private static final Style[] BY_BITS = new Style[32];

    static {
        for (int bits = 0; bits < BY_BITS.length; bits++) {
            BY_BITS[bits] = new Style(
                    (bits & BOLD) != 0,
                    (bits & ITALIC) != 0,
                    (bits & CODE) != 0,
                    (bits & STRIKETHROUGH) != 0,
                    (bits & UNDERLINE) != 0);
        }
    }

    /** The shared style for a combination of the flag bits above. */
    static Style of(int bits) {
        return BY_BITS[bits & 31];
    }

    public boolean isPlain() {
        return !(bold || italic || code || strikethrough || underline);
    }

    /** {@code Style[bold italic]}: short, because runs are printed in test failures and logs. */
    @Override
    public String toString() {
        StringBuilder flags = new StringBuilder("Style[");
        String[] names = {"bold", "italic", "code", "strikethrough", "underline"};
        boolean[] set = {bold, italic, code, strikethrough, underline};
        for (int i = 0; i < names.length; i++) {
            if (set[i]) {
                flags.append(flags.length() > 6 ? " " : "").append(names[i]);
            }
        }
        return flags.append(']').toString();
    }
}
