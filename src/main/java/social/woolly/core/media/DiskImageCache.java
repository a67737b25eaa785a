package social.woolly.core.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Image bytes kept on disk between runs, one file per URL in a folder of their own, named by the
 * SHA-256 of the URL (so no URL, which may be a private post's media, appears in a file name).
 *
 * <p>The folder holds at most {@code maxBytes} of entries: storing one evicts the least recently
 * used until the rest fit. "Used" is the file's modification time, which a read updates, so the order
 * survives restarts and does not depend on the file system recording access times. Each file
 * carries its length and a CRC-32: a truncated or damaged file reads as a miss and is deleted.
 *
 * <p>Blocking (file I/O): never call it on the FX thread. Thread-safe: the index is guarded by this
 * object, and files are written under a temporary name and moved into place, so a reader never sees
 * half a file. One instance per folder; two processes sharing a folder only cost each other hits.
 */
public final class DiskImageCache {

    private static final System.Logger LOG = System.getLogger(DiskImageCache.class.getName());
    private static final byte[] MAGIC = "WIC1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 4 + 4;
    private static final String SUFFIX = ".img";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path folder;
    private final long maxBytes;
    private final Clock clock;
    // Access order: the first entry is the least recently used.
    private final LinkedHashMap<String, Long> sizes = new LinkedHashMap<>(64, 0.75f, true);
    private long totalBytes;

    /**
     * Opens (creating it if needed) a cache in {@code folder} and indexes what is there, deleting
     * files left half-written by an earlier run.
     */
    public DiskImageCache(Path folder, long maxBytes) throws IOException {
        this(folder, maxBytes, Clock.systemUTC());
    }

    /** As above, with the clock that stamps each use, for tests. */
    public DiskImageCache(Path folder, long maxBytes, Clock clock) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.clock = clock;
        Files.createDirectories(folder);
        index();
        synchronized (this) {
            evictOverBudget();
        }
    }

    /** The bytes stored for {@code url}, and marks them as just used; empty on a miss. */
    public Optional<byte[]> get(String url) {
        String key = key(url);
        synchronized (this) {
            if (sizes.get(key) == null) {
                return Optional.empty();
            }
        }
        Path file = fileOf(key);
        try {
            byte[] data = unwrap(Files.readAllBytes(file));
            if (data == null) {
                LOG.log(System.Logger.Level.WARNING, "dropping a damaged cache file " + file.getFileName());
                remove(key);
                return Optional.empty();
            }
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            return Optional.of(data);
        } catch (NoSuchFileException e) {
            // Evicted by another thread between the index check and the read.
            remove(key);
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read a cache file: " + e);
            return Optional.empty();
        }
    }

    /**
     * Stores {@code bytes} for {@code url}, replacing what was there, and evicts the least recently
     * used entries until everything fits. Data larger than the whole budget is not stored.
     */
    public void put(String url, byte[] bytes) throws IOException {
        long size = (long) HEADER + bytes.length;
        if (size > maxBytes) {
            return;
        }
        String key = key(url);
        Path temp = Files.createTempFile(folder, key, TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(header(bytes));
                out.write(bytes);
            }
            Files.setLastModifiedTime(temp, FileTime.from(clock.instant()));
            synchronized (this) {
                Files.move(temp, fileOf(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Long old = sizes.put(key, size);
                totalBytes += size - (old == null ? 0 : old);
                evictOverBudget();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The bytes the entries take on disk, headers included. */
    public synchronized long sizeInBytes() {
        return totalBytes;
    }

    /** How many entries the cache holds. */
    public synchronized int entryCount() {
        return sizes.size();
    }

    private synchronized void remove(String key) {
        Long size = sizes.remove(key);
        if (size != null) {
            totalBytes -= size;
        }
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete a cache file: " + e);
        }
    }

    // Called with the lock held.
    private void evictOverBudget() {
        Iterator<Map.Entry<String, Long>> eldest = sizes.entrySet().iterator();
        while (totalBytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Long> entry = eldest.next();
            try {
                Files.deleteIfExists(fileOf(entry.getKey()));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not evict a cache file: " + e);
            }
            totalBytes -= entry.getValue();
            eldest.remove();
        }
    }

    private void index() throws IOException {
        record Found(String key, long size, FileTime used) {}
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(SUFFIX) && Files.isRegularFile(file)) {
                    String key = name.substring(0, name.length() - SUFFIX.length());
                    found.add(new Found(key, Files.size(file), Files.getLastModifiedTime(file)));
                }
            }
        }
        found.sort(Comparator.comparing(Found::used));
        synchronized (this) {
            for (Found entry : found) {
                sizes.put(entry.key(), entry.size());
                totalBytes += entry.size();
            }
        }
    }

    private Path fileOf(String key) {
        return folder.resolve(key + SUFFIX);
    }

    private static byte[] header(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return ByteBuffer.allocate(HEADER)
                .put(MAGIC)
                .putInt(data.length)
                .putInt((int) crc.getValue())
                .array();
    }

    /** The data in a cache file, or null if the file is not one or is damaged. */
    private static byte @Nullable [] unwrap(byte[] file) {
        if (file.length < HEADER) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(file);
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        int length = buffer.getInt();
        int expectedCrc = buffer.getInt();
        if (!Arrays.equals(magic, MAGIC) || length != file.length - HEADER) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(file, HEADER, length);
        if ((int) crc.getValue() != expectedCrc) {
            return null;
        }
        return Arrays.copyOfRange(file, HEADER, file.length);
    }

    static String key(String url) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(url.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
