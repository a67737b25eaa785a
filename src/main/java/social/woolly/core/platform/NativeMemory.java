package social.woolly.core.platform;

import java.lang.foreign.Arena;
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
 * And it keeps GTK from loading OpenGL only to choose window visuals (see {@link #skipGdkGl()}).
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

    /**
     * On Linux, sets {@code GDK_GL=disable} unless the environment already has a {@code GDK_GL}: GTK 3
     * on X11 otherwise opens OpenGL when it connects to the display, only to pick the visuals its own
     * GL widgets would use. JavaFX never asks GDK for GL (its GPU pipeline talks to GLX itself and
     * chooses its own visual), but the libraries stay loaded: with Mesa that is libGL, the DRI driver
     * and LLVM, 45 MB of resident memory in the timeline soak, for nothing when Prism renders in
     * software. Call first thing in {@code main}, before JavaFX starts GTK. Never throws.
     *
     * @return whether {@code GDK_GL} now says {@code disable} because of this call
     */
    public static boolean skipGdkGl() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        return setDefaultEnv("GDK_GL", "disable");
    }

    /** Sets a variable in the process's own environment (what native code reads) if it is unset. */
    static boolean setDefaultEnv(String name, String value) {
        try {
            if (getenv(name).isPresent()) {
                return false;
            }
            Optional<MethodHandle> setenv = function(
                    "setenv",
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            if (setenv.isEmpty()) {
                return false;
            }
            try (Arena arena = Arena.ofConfined()) {
                // setenv copies both strings; 0: an existing value stays.
                int result = (int) setenv.get().invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0);
                return result == 0;
            }
        } catch (Throwable e) {
            LOG.log(Level.FINE, "environment left as it was", e);
            return false;
        }
    }

    /**
     * The process's own value of an environment variable, as native code sees it now ({@link
     * System#getenv} is a copy taken at startup).
     */
    @SuppressWarnings("restricted") // reading a C string of unknown length
    static Optional<String> getenv(String name) throws Throwable {
        Optional<MethodHandle> getenv =
                function("getenv", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        if (getenv.isEmpty()) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment found = (MemorySegment) getenv.get().invokeExact(arena.allocateFrom(name));
            return found.equals(MemorySegment.NULL)
                    ? Optional.empty()
                    : Optional.of(found.reinterpret(Long.MAX_VALUE).getString(0));
        }
    }

    @SuppressWarnings("restricted") // Linker access: the launchers pass --enable-native-access.
    private static Optional<MethodHandle> function(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup().find(name).map(address -> linker.downcallHandle(address, descriptor));
    }

    private static Optional<MethodHandle> mallopt() {
        return function(
                "mallopt", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }
}
