package social.woolly.ui.media;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An input stream over a byte array that can let go of the array. A JavaFX {@code Image} keeps the
 * stream it was made from for as long as it lives: over a plain {@code ByteArrayInputStream} every
 * cached image would also keep its whole encoded file, which the cache's budget does not count
 * (seen in the timeline soak's old-object samples). Release once the image is decoded.
 */
final class ReleasableBytes extends InputStream {
    private byte @Nullable [] bytes;
    private int position;

    ReleasableBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Drops the array; the stream then reads as ended. */
    void release() {
        bytes = null;
    }

    boolean isReleased() {
        return bytes == null;
    }

    @Override
    public int read() {
        byte[] data = bytes;
        if (data == null || position >= data.length) {
            return -1;
        }
        return data[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        byte[] data = bytes;
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (data == null || position >= data.length) {
            return -1;
        }
        int count = Math.min(length, data.length - position);
        System.arraycopy(data, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        byte[] data = bytes;
        return data == null ? 0 : data.length - position;
    }
}
