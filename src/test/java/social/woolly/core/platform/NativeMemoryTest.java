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

    @Test
    @EnabledOnOs(OS.LINUX)
    void setDefaultEnv_setsAnUnsetVariable_inTheProcessEnvironment_andKeepsAnExistingOne() throws Throwable {
        String name = "WOOLLY_TEST_" + ProcessHandle.current().pid();
        assertThat(NativeMemory.getenv(name)).isEmpty();

        assertThat(NativeMemory.setDefaultEnv(name, "disable")).isTrue();
        assertThat(NativeMemory.getenv(name)).contains("disable");

        // The person's own setting wins.
        assertThat(NativeMemory.setDefaultEnv(name, "other")).isFalse();
        assertThat(NativeMemory.getenv(name)).contains("disable");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void skipGdkGl_onLinux_leavesGdkGlSet() throws Throwable {
        boolean setHere = NativeMemory.skipGdkGl();

        // Either this call set it, or the environment (or an earlier call) already had a value.
        assertThat(NativeMemory.getenv("GDK_GL")).isPresent();
        if (setHere) {
            assertThat(NativeMemory.getenv("GDK_GL")).contains("disable");
        }
    }

    @Test
    void skipGdkGl_elsewhere_doesNothing() {
        String os = System.getProperty("os.name");
        try {
            System.setProperty("os.name", "Windows 11");
            assertThat(NativeMemory.skipGdkGl()).isFalse();
        } finally {
            System.setProperty("os.name", os);
        }
    }
}
