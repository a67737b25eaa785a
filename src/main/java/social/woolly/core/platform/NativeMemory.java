package social.woolly.core.platform;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the C heap of the process small on Linux. glibc gives each thread that allocates its own
 * malloc arena (up to 8 per core), and memory freed in one arena is not reused by another: with
 * OkHttp, decoder and FX threads that is tens of MB of resident memory the app never uses again
 * (measured in the timeline soak, docs/bench/README.md). Two arenas are plenty for a desktop client.
 */
public final class NativeMemory {
    private static final Logger LOG = Logger.getLogger(NativeMemory.class.getName());
    /** glibc's {@code M_ARENA_MAX} for {@code mallopt}. */
    private static final int M_ARENA_MAX = -8;

    static final int ARENAS = 2;

    private NativeMemory() {}

    /**
     * On Linux with glibc, limits malloc arenas to {@link #ARENAS}; elsewhere (macOS, Windows, musl)
     * does nothing. Call first thing in {@code main}, before threads start. Never throws.
     *
     * @return whether the limit was set
     */
    public static boolean limitMallocArenas() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Optional<MethodHandle> mallopt = mallopt();
            if (mallopt.isEmpty()) {
                return false;
            }
            int result = (int) mallopt.get().invokeExact(M_ARENA_MAX, ARENAS);
            // mallopt returns 1 on success.
            return result == 1;
        } catch (Throwable e) {
            // Not glibc, native access refused, or an unexpected linker: run with the defaults.
            LOG.log(Level.FINE, "malloc arenas left at the default", e);
            return false;
        }
    }

    @SuppressWarnings("restricted") // Linker access: the launchers pass --enable-native-access.
    private static Optional<MethodHandle> mallopt() {
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> symbol = linker.defaultLookup().find("mallopt");
        return symbol.map(address -> linker.downcallHandle(
                address, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)));
    }
}
