package social.woolly.core.media;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a <a href="https://blurha.sh">BlurHash</a>, the short string Mastodon sends with media and
 * link cards, into a tiny blurred picture to show while the real image loads or while sensitive
 * media stays hidden.
 *
 * <p>Pure and thread-safe. Hashes come from servers, so anything malformed (null, wrong length,
 * characters outside base 83, absurd sizes) gives an empty result, never an exception. Only a
 * programming error, a non-positive or huge output size, throws.
 */
public final class Blurhash {

    /** The largest width or height decoded: placeholders are scaled up by the UI, never decoded big. */
    public static final int MAX_SIZE = 128;

    /** A good size for placeholders: blurhashes hold at most 9×9 components, so more adds nothing. */
    public static final int DEFAULT_SIZE = 32;

    private static final String DIGITS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUES[DIGITS.charAt(i)] = i;
        }
    }

    private static final double[] SRGB_TO_LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0;
            SRGB_TO_LINEAR[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
    }

    private Blurhash() {}

    /** {@link #decode(String, int, int)} at {@link #DEFAULT_SIZE} × {@link #DEFAULT_SIZE}. */
    public static int[] decode(@Nullable String hash) {
        return decode(hash, DEFAULT_SIZE, DEFAULT_SIZE);
    }

    /**
     * The picture a hash describes, as {@code width × height} opaque ARGB pixels, row by row.
     *
     * @return the pixels, or an empty array when {@code hash} is not a valid blurhash
     * @throws IllegalArgumentException if a size is not between 1 and {@link #MAX_SIZE}
     */
    public static int[] decode(@Nullable String hash, int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + width + "x" + height);
        }
        double[][] colours = components(hash);
        if (colours.length == 0) {
            return new int[0];
        }
        int size = VALUES[hash.charAt(0)];
        int numX = size % 9 + 1;
        int numY = size / 9 + 1;
        double[][] cosX = cosines(numX, width);
        double[][] cosY = cosines(numY, height);
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int j = 0; j < numY; j++) {
                    for (int i = 0; i < numX; i++) {
                        double basis = cosX[i][x] * cosY[j][y];
                        double[] colour = colours[j * numX + i];
                        r += colour[0] * basis;
                        g += colour[1] * basis;
                        b += colour[2] * basis;
                    }
                }
                pixels[y * width + x] = 0xFF000000 | toSrgb(r) << 16 | toSrgb(g) << 8 | toSrgb(b);
            }
        }
        return pixels;
    }

    /** The hash's average colour as opaque ARGB, or empty when the hash is not valid. */
    public static OptionalInt averageColor(@Nullable String hash) {
        double[][] colours = components(hash);
        if (colours.length == 0) {
            return OptionalInt.empty();
        }
        double[] dc = colours[0];
        return OptionalInt.of(0xFF000000 | toSrgb(dc[0]) << 16 | toSrgb(dc[1]) << 8 | toSrgb(dc[2]));
    }

    /** The linear RGB of each component, DC first; empty when the hash is malformed. */
    private static double[][] components(@Nullable String hash) {
        if (hash == null || hash.length() < 6) {
            return new double[0][];
        }
        int size = decode83(hash, 0, 1);
        if (size < 0) {
            return new double[0][];
        }
        int count = (size % 9 + 1) * (size / 9 + 1);
        if (hash.length() != 4 + 2 * count) {
            return new double[0][];
        }
        int quantisedMax = decode83(hash, 1, 2);
        int dc = decode83(hash, 2, 6);
        if (quantisedMax < 0 || dc < 0 || dc > 0xFFFFFF) {
            return new double[0][];
        }
        double max = (quantisedMax + 1) / 166.0;
        double[][] colours = new double[count][];
        colours[0] = new double[] {
            SRGB_TO_LINEAR[(dc >> 16) & 255], SRGB_TO_LINEAR[(dc >> 8) & 255], SRGB_TO_LINEAR[dc & 255]
        };
        for (int i = 1; i < count; i++) {
            int ac = decode83(hash, 4 + i * 2, 6 + i * 2);
            if (ac < 0 || ac >= 19 * 19 * 19) {
                return new double[0][];
            }
            colours[i] = new double[] {
                signedSquare((ac / (19 * 19) - 9) / 9.0) * max,
                signedSquare((ac / 19 % 19 - 9) / 9.0) * max,
                signedSquare((ac % 19 - 9) / 9.0) * max
            };
        }
        return colours;
    }

    private static double[][] cosines(int components, int pixels) {
        double[][] table = new double[components][pixels];
        for (int c = 0; c < components; c++) {
            for (int p = 0; p < pixels; p++) {
                table[c][p] = Math.cos(Math.PI * p * c / pixels);
            }
        }
        return table;
    }

    /** The base-83 number in {@code hash[from, to)}, or -1 if a character is not a base-83 digit. */
    private static int decode83(String hash, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = hash.charAt(i);
            int digit = c < VALUES.length ? VALUES[c] : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 83 + digit;
        }
        return value;
    }

    private static double signedSquare(double value) {
        return Math.copySign(value * value, value);
    }

    private static int toSrgb(double linear) {
        double v = Math.clamp(linear, 0.0, 1.0);
        double srgb = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) Math.round(srgb * 255);
    }
}
