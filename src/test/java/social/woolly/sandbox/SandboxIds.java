package social.woolly.sandbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Makes and reads the ids the sandbox hands out. Statuses and media get Mastodon-style snowflakes
 * (time in the high bits, so ids sort by creation time); accounts, notifications, polls and lists
 * get small sequence numbers. In opaque mode every id is written as a fixed-width base-62 string
 * starting with a letter, like Akkoma's, so a client that parses ids as numbers is caught; the
 * strings still sort the same way as the numbers behind them.
 */
final class SandboxIds {
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int WIDTH = 11;
    // 10 × 62^10 makes the first digit 'A': an opaque id never looks like a number.
    private static final long OFFSET = 10L * 839_299_365_868_340_224L;

    private final boolean opaque;
    private long lastFlake;
    private long nextSmall = 1;

    SandboxIds(boolean opaque) {
        this.opaque = opaque;
    }

    long flake(Instant at) {
        lastFlake = Math.max(at.toEpochMilli() << 16, lastFlake + 1);
        return lastFlake;
    }

    long small() {
        return nextSmall++;
    }

    String format(long id) {
        if (!opaque) {
            return Long.toString(id);
        }
        char[] out = new char[WIDTH];
        long rest = id + OFFSET;
        for (int i = WIDTH - 1; i >= 0; i--) {
            out[i] = DIGITS.charAt((int) (rest % 62));
            rest /= 62;
        }
        return new String(out);
    }

    /** The id behind a string this class wrote, or -1 if it did not write it. */
    long parse(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        return opaque ? parseOpaque(text) : parseNumber(text);
    }

    private static long parseNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseOpaque(String text) {
        if (text.length() != WIDTH) {
            return -1;
        }
        try {
            long value = 0;
            for (int i = 0; i < WIDTH; i++) {
                int digit = DIGITS.indexOf(text.charAt(i));
                if (digit < 0) {
                    return -1;
                }
                value = Math.addExact(Math.multiplyExact(value, 62L), digit);
            }
            return value >= OFFSET ? value - OFFSET : -1;
        } catch (ArithmeticException e) {
            return -1;
        }
    }
}
