package social.woolly.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSlotTest {

    private final QueuedRunner runner = new QueuedRunner();
    private final ImageLoader loader = new ImageLoader(_ -> png(), runner, 1 << 20);
    private final List<String> shown = new ArrayList<>();
    private final ImageSlot slot = new ImageSlot(
            loader, image -> shown.add(image == null ? "placeholder" : "image"), () -> shown.add("failed"));

    @Test
    void load_sameRequestAgainWhileLoading_doesNotRestartIt() {
        slot.load("https://img.test/a.png", 40, 40);
        slot.load("https://img.test/a.png", 40, 40);
        runner.runAll();

        assertThat(runner.started).isEqualTo(1);
        assertThat(runner.cancelled).isZero();
        assertThat(shown).containsExactly("placeholder", "image");
    }

    @Test
    void load_anotherUrl_cancelsTheLoadInFlight() {
        slot.load("https://img.test/a.png", 40, 40);
        slot.load("https://img.test/b.png", 40, 40);
        runner.runAll();

        assertThat(runner.cancelled).isEqualTo(1);
        assertThat(shown).containsExactly("placeholder", "placeholder", "image");
    }

    @Test
    void clear_stopsTheLoad_andNothingArrivesLater() {
        slot.load("https://img.test/a.png", 40, 40);
        slot.clear();
        runner.runAll();

        assertThat(shown).containsExactly("placeholder", "placeholder");
    }

    @Test
    void load_missingUrl_failsAtOnce() {
        slot.load(null, 40, 40);

        assertThat(shown).containsExactly("placeholder", "failed");
        assertThat(runner.started).isZero();
    }

    private static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
