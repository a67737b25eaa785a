package social.woolly.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReleasableBytesTest {

    @Test
    void readsLikeAByteArrayStream_untilReleased() throws IOException {
        ReleasableBytes stream = new ReleasableBytes(new byte[] {1, 2, (byte) 0xff, 4});

        assertThat(stream.read()).isEqualTo(1);
        byte[] into = new byte[8];
        assertThat(stream.read(into, 2, 2)).isEqualTo(2);
        assertThat(into[2]).isEqualTo((byte) 2);
        assertThat(into[3]).isEqualTo((byte) 0xff);
        assertThat(stream.available()).isEqualTo(1);

        stream.release();

        assertThat(stream.isReleased()).isTrue();
        assertThat(stream.read()).isEqualTo(-1);
        assertThat(stream.read(into, 0, 8)).isEqualTo(-1);
        assertThat(stream.available()).isZero();
    }
}
