package social.woolly.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class NativeMemoryTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void limitMallocArenas_onLinuxWithGlibc_isAccepted() {
        // The CI machines are Debian (glibc): mallopt exists and takes M_ARENA_MAX.
        assertThat(NativeMemory.limitMallocArenas()).isTrue();
    }

    @Test
    void limitMallocArenas_elsewhere_doesNothingAndDoesNotThrow() {
        String os = System.getProperty("os.name");
        try {
            System.setProperty("os.name", "Mac OS X");
            assertThat(NativeMemory.limitMallocArenas()).isFalse();
        } finally {
            System.setProperty("os.name", os);
        }
    }
}
