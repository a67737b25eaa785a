package social.woolly.sandbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * A picture drawn in code (avatars, headers, custom emoji, seeded photos), encoded as PNG without
 * AWT so that no font or display is needed, and described by a BlurHash as Mastodon does.
 */
record SandboxPicture(int width, int height, int[] argb) {

    /** A colour at a point; {@code u} and {@code v} run from 0 to 1. */
    interface Painter {
        int argb(double u, double v);
    }

    static SandboxPicture paint(int width, int height, Painter painter) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = painter.argb((x + 0.5) / width, (y + 0.5) / height);
            }
        }
        return new SandboxPicture(width, height, argb);
    }

    /** An opaque colour from hue (0–1, wrapping), saturation and brightness (0–1). */
    static int hsb(double hue, double saturation, double brightness) {
        double h = (hue - Math.floor(hue)) * 6;
        double c = brightness * saturation;
        double x = c * (1 - Math.abs(h % 2 - 1));
        double m = brightness - c;
        double[] rgb = switch ((int) h) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return 0xFF000000 | channel(rgb[0] + m) << 16 | channel(rgb[1] + m) << 8 | channel(rgb[2] + m);
    }

    private static int channel(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }

    byte[] png() {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED))) {
                byte[] row = new byte[1 + width * 4];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int p = argb[y * width + x];
                        row[1 + x * 4] = (byte) (p >> 16);
                        row[2 + x * 4] = (byte) (p >> 8);
                        row[3 + x * 4] = (byte) p;
                        row[4 + x * 4] = (byte) (p >>> 24);
                    }
                    z.write(row);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 6, 0, 0, 0}); // 8-bit RGBA, deflate, no filter, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** Half the size, for {@code preview_url}. */
    SandboxPicture halved() {
        int w = Math.max(1, width / 2);
        int h = Math.max(1, height / 2);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = argb[Math.min(height - 1, y * 2) * width + Math.min(width - 1, x * 2)];
            }
        }
        return new SandboxPicture(w, h, out);
    }

    String blurhash() {
        return Blurhash.encode(this, 4, 3);
    }

    /** Reads an uploaded image, or null if it is not one Java can decode. */
    static @Nullable SandboxPicture decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return null;
            }
            return new SandboxPicture(
                    image.getWidth(),
                    image.getHeight(),
                    image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The BlurHash algorithm (github.com/woltapp/blurhash), over at most 64×64 samples. */
    private static final class Blurhash {
        private static final String BASE83 =
                "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

        static String encode(SandboxPicture picture, int cx, int cy) {
            int sw = Math.min(64, picture.width());
            int sh = Math.min(64, picture.height());
            double[][] factors = new double[cx * cy][3];
            for (int y = 0; y < sh; y++) {
                for (int x = 0; x < sw; x++) {
                    int p = picture.argb()[(y * picture.height() / sh) * picture.width() + x * picture.width() / sw];
                    double r = linear((p >> 16) & 0xFF);
                    double g = linear((p >> 8) & 0xFF);
                    double b = linear(p & 0xFF);
                    for (int j = 0; j < cy; j++) {
                        for (int i = 0; i < cx; i++) {
                            double basis = Math.cos(Math.PI * i * x / sw) * Math.cos(Math.PI * j * y / sh);
                            double[] f = factors[j * cx + i];
                            f[0] += basis * r;
                            f[1] += basis * g;
                            f[2] += basis * b;
                        }
                    }
                }
            }
            for (int k = 0; k < factors.length; k++) {
                double scale = (k == 0 ? 1.0 : 2.0) / (sw * sh);
                for (int c = 0; c < 3; c++) {
                    factors[k][c] *= scale;
                }
            }
            StringBuilder hash = new StringBuilder();
            base83(hash, (cx - 1) + (cy - 1) * 9, 1);
            double max = 0;
            for (int k = 1; k < factors.length; k++) {
                for (double v : factors[k]) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            int quantisedMax = (int) Math.max(0, Math.min(82, Math.floor(max * 166 - 0.5)));
            double maxValue = (quantisedMax + 1) / 166.0;
            base83(hash, factors.length > 1 ? quantisedMax : 0, 1);
            double[] dc = factors[0];
            base83(hash, (srgb(dc[0]) << 16) + (srgb(dc[1]) << 8) + srgb(dc[2]), 4);
            for (int k = 1; k < factors.length; k++) {
                double[] f = factors[k];
                base83(
                        hash,
                        quantise(f[0] / maxValue) * 361 + quantise(f[1] / maxValue) * 19 + quantise(f[2] / maxValue),
                        2);
            }
            return hash.toString();
        }

        private static int quantise(double value) {
            double signPow = Math.copySign(Math.sqrt(Math.abs(value)), value);
            return (int) Math.max(0, Math.min(18, Math.floor(signPow * 9 + 9.5)));
        }

        private static double linear(int channel) {
            double v = channel / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }

        private static int srgb(double value) {
            double v = Math.max(0, Math.min(1, value));
            return (int) (v <= 0.0031308 ? v * 12.92 * 255 + 0.5 : (1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
        }

        private static void base83(StringBuilder out, int value, int length) {
            for (int i = 1; i <= length; i++) {
                int digit = (value / (int) Math.pow(83, length - i)) % 83;
                out.append(BASE83.charAt(digit));
            }
        }
    }
}
