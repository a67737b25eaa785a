package social.woolly.sandbox;

import static social.woolly.sandbox.SandboxRoutes.Access.PUBLIC;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's own files: avatars, headers, custom emoji, the instance thumbnail and media
 * attachments, so that every URL in its JSON can be fetched from it. Pictures are drawn in code
 * ({@link SandboxPicture}) the first time they are asked for.
 */
final class SandboxFiles {
    private final SandboxStore store;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    SandboxFiles(SandboxStore store) {
        this.store = store;
    }

    void register(SandboxRoutes routes) {
        routes.get("/system/accounts/avatars/:id/:file", PUBLIC, null, ex -> account(ex, true));
        routes.get("/system/accounts/headers/:id/:file", PUBLIC, null, ex -> account(ex, false));
        routes.get("/system/custom_emojis/images/:code/:file", PUBLIC, null, this::emoji);
        routes.get("/system/site_uploads/thumbnail.png", PUBLIC, null, ex -> png("thumbnail", () -> header(0.55)));
        routes.get("/system/media_attachments/files/:id/:file", PUBLIC, null, this::media);
    }

    private SandboxReply account(SandboxExchange ex, boolean avatar) {
        SandboxAccount account = store.account(store.ids.parse(ex.var("id")));
        if (account == null || !ex.var("file").equals("original.png")) {
            return SandboxReply.notFound();
        }
        double hue = account.hue / 360.0;
        return avatar ? png("avatar-" + account.id, () -> avatar(hue)) : png("header-" + account.id, () -> header(hue));
    }

    private SandboxReply emoji(SandboxExchange ex) {
        String code = ex.var("code");
        if (!SandboxStore.EMOJI.contains(code) || !ex.var("file").matches("(original|static)\\.png")) {
            return SandboxReply.notFound();
        }
        return png("emoji-" + code, () -> emojiPicture(code));
    }

    private SandboxReply media(SandboxExchange ex) {
        SandboxMedia m = store.media.get(store.ids.parse(ex.var("id")));
        if (m == null || m.isProcessing()) {
            return SandboxReply.notFound();
        }
        String file = ex.var("file");
        if (file.equals("original." + m.extension)) {
            return SandboxReply.bytes(m.contentType, m.original.get());
        }
        if (file.equals("small." + m.extension)) {
            return SandboxReply.bytes(m.contentType, m.small.get());
        }
        return SandboxReply.notFound();
    }

    private SandboxReply png(String key, Supplier<SandboxPicture> picture) {
        return SandboxReply.bytes(
                        "image/png",
                        cache.computeIfAbsent(key, k -> picture.get().png()))
                .header("Cache-Control", "public, max-age=315576000, immutable");
    }

    /** A sheep on a coloured ground: a woolly cloud with a dark face. */
    static SandboxPicture avatar(double hue) {
        return SandboxPicture.paint(96, 96, (u, v) -> {
            double dx = u - 0.5;
            double dy = v - 0.52;
            double r = Math.hypot(dx, dy);
            double wool = 0.3 + 0.035 * Math.sin(10 * Math.atan2(dy, dx));
            if (Math.hypot(dx, (v - 0.62) * 1.3) < 0.13) {
                return 0xFF2B2B2B;
            }
            if (r < wool) {
                return SandboxPicture.hsb(hue, 0.06, 0.97);
            }
            return SandboxPicture.hsb(hue, 0.55, 0.55 + 0.35 * (1 - v));
        });
    }

    static SandboxPicture header(double hue) {
        return SandboxPicture.paint(
                600,
                200,
                (u, v) -> SandboxPicture.hsb(
                        hue + 0.12 * u, 0.45, 0.55 + 0.25 * Math.sin(u * 9 + v * 2) * 0.5 + 0.2 * v));
    }

    /** A landscape: sky, sun and hills, coloured by {@code seed}, for seeded photos. */
    static SandboxPicture photo(int seed, int width, int height) {
        double hue = (seed * 0.17) % 1.0;
        return SandboxPicture.paint(width, height, (u, v) -> {
            double hill = 0.62 + 0.08 * Math.sin(u * 7 + seed) + 0.05 * Math.sin(u * 17 + seed * 3);
            if (v > hill) {
                return SandboxPicture.hsb(0.28 + 0.05 * Math.sin(seed), 0.55, 0.35 + 0.3 * (1 - v));
            }
            if (Math.hypot(u - 0.72, (v - 0.3) * height / width) < 0.07) {
                return SandboxPicture.hsb(0.13, 0.6, 1.0);
            }
            return SandboxPicture.hsb(hue, 0.45, 0.95 - 0.4 * v);
        });
    }

    static SandboxPicture emojiPicture(String code) {
        return SandboxPicture.paint(64, 64, (u, v) -> {
            double dx = u - 0.5;
            double dy = v - 0.5;
            double r = Math.hypot(dx, dy);
            double angle = Math.atan2(dy, dx);
            return switch (code) {
                case "woolly" -> r < 0.36 + 0.05 * Math.sin(9 * angle) ? (r < 0.14 ? 0xFF333333 : 0xFFF4F1EA) : 0;
                case "blobwave" ->
                    r < 0.42 ? (Math.abs(dy - 0.12) < 0.04 && Math.abs(dx) < 0.2 ? 0xFF6B4A00 : 0xFFFFC83D) : 0;
                case "sparkle" -> Math.abs(dx) * Math.abs(dy) < 0.004 && r < 0.48 ? 0xFFFFD54F : 0;
                default -> r < 0.4 ? (Math.abs(Math.sin((dx + dy) * 30)) < 0.25 ? 0xFF8E1B2B : 0xFFD93A4F) : 0;
            };
        });
    }

    /** A seeded photo attachment: 1280×720 (640×360 preview), drawn and encoded on first fetch. */
    static SandboxMedia seededPhoto(
            SandboxStore store, SandboxAccount owner, int seed, @Nullable String description, Instant at) {
        SandboxPicture thumb = photo(seed, 64, 36);
        SandboxMedia media = new SandboxMedia(
                store.ids.flake(at),
                owner.id,
                "image",
                "image/png",
                "png",
                memo(() -> photo(seed, 1280, 720).png()),
                memo(() -> photo(seed, 640, 360).png()),
                1280,
                720,
                thumb.blurhash());
        media.description = description;
        if (seed % 2 == 1) {
            media.focus = new float[] {0.4f, -0.2f};
        }
        store.media.put(media.id, media);
        return media;
    }

    private static Supplier<byte[]> memo(Supplier<byte[]> supplier) {
        return new Supplier<>() {
            private byte @Nullable [] value;

            @Override
            public synchronized byte[] get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
