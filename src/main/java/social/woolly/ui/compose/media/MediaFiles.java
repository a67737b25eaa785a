package social.woolly.ui.compose.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import social.woolly.core.compose.DraftMedia;

/**
 * Files on their way into a draft: what type a file is, and the folder where pasted images are
 * written so that a draft restored after a restart still finds them. Blocking file I/O: call it
 * off the FX thread. Thread-safe.
 */
public final class MediaFiles {
    /** The folder, inside an account's data folder, that holds pasted images of its drafts. */
    public static final String FOLDER_NAME = "drafts-media";

    // For systems whose Files.probeContentType knows nothing (a bare container has no MIME database).
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("heic", "image/heic"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"),
            Map.entry("mov", "video/quicktime"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"),
            Map.entry("opus", "audio/ogg"),
            Map.entry("wav", "audio/wave"),
            Map.entry("flac", "audio/flac"),
            Map.entry("m4a", "audio/mp4"));

    /** Writes a picture as PNG. */
    @FunctionalInterface
    public interface Png {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path pastedFolder;

    /** @param pastedFolder where pasted images go, created on first use */
    public MediaFiles(Path pastedFolder) {
        this.pastedFolder = pastedFolder;
    }

    /** The folder of pasted images in {@code dataFolder}, an account's data folder. */
    public static MediaFiles inDataFolder(Path dataFolder) {
        return new MediaFiles(dataFolder.resolve(FOLDER_NAME));
    }

    /**
     * {@code file} as an attachment: its type (from the system, else from its extension) and size.
     *
     * @throws IOException if the file cannot be read
     */
    public DraftMedia attach(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a file: " + file.getFileName());
        }
        return DraftMedia.ofFile(file, mimeTypeOf(file));
    }

    /** {@code file}'s MIME type; {@code application/octet-stream} if neither the system nor the extension knows it. */
    static String mimeTypeOf(Path file) {
        try {
            String probed = Files.probeContentType(file);
            if (probed != null && !probed.isBlank()) {
                return probed;
            }
        } catch (IOException e) {
            // Fall back to the extension.
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }

    /**
     * Writes a pasted picture as a new PNG file in the pasted folder and attaches it. The file is
     * written under a temporary name and moved into place, so a crash leaves no half image.
     */
    public DraftMedia attachPasted(Png png) throws IOException {
        Files.createDirectories(pastedFolder);
        String name = "pasted-" + UUID.randomUUID();
        Path partial = pastedFolder.resolve(name + ".part");
        Path file = pastedFolder.resolve(name + ".png");
        try (OutputStream out = Files.newOutputStream(partial)) {
            png.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return DraftMedia.ofFile(file, "image/png");
    }

    /** Whether {@code media} is a pasted picture of ours (which only the draft refers to). */
    public boolean isPasted(DraftMedia media) {
        Path file = media.file();
        return file != null
                && file.toAbsolutePath()
                        .normalize()
                        .startsWith(pastedFolder.toAbsolutePath().normalize());
    }

    /**
     * Deletes {@code media}'s file if it is a pasted picture; a file the person chose stays. Best
     * effort: a file that cannot be deleted is left behind.
     */
    public void forget(DraftMedia media) {
        Path file = media.file();
        if (file == null || !isPasted(media)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: a stray PNG in the data folder harms nothing.
        }
    }
}
