package social.woolly.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one soak run does: {@code --posts=20000 --checkpoint=2000 --rate=150
 * --sandbox=process|in-process --settle=5 --limit-minutes=9 --diagnose --no-scroll --out=DIR}.
 *
 * @param posts how many posts to stream in all
 * @param checkpoint after how many the first memory reading is taken
 * @param rate posts per second the sandbox makes, whether Woolly keeps up or not
 * @param childProcess whether the sandbox runs in a child JVM (default), out of the measured RSS
 * @param settleSeconds how long to wait before each reading
 * @param limitMinutes when the run ends itself, done or not (exit code 2)
 * @param diagnose whether to write class histograms and the native memory summary at checkpoints
 * @param scroll whether to scroll while posts stream in
 * @param out where the summary and diagnostics go; by default a folder in the Woolly home
 */
record SoakOptions(
        int posts,
        int checkpoint,
        double rate,
        boolean childProcess,
        int settleSeconds,
        int limitMinutes,
        boolean diagnose,
        boolean scroll,
        @Nullable Path out) {

    private static final Set<String> NAMES =
            Set.of("posts", "checkpoint", "rate", "sandbox", "settle", "limit-minutes", "diagnose", "no-scroll", "out");

    static SoakOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!arg.startsWith("--") || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            given.put(name, equals < 0 ? "" : arg.substring(equals + 1));
        }
        SoakOptions o = new SoakOptions(
                Integer.parseInt(given.getOrDefault("posts", "20000")),
                Integer.parseInt(given.getOrDefault("checkpoint", "2000")),
                Double.parseDouble(given.getOrDefault("rate", "150")),
                !given.getOrDefault("sandbox", "process").equals("in-process"),
                Integer.parseInt(given.getOrDefault("settle", "5")),
                Integer.parseInt(given.getOrDefault("limit-minutes", "9")),
                given.containsKey("diagnose"),
                !given.containsKey("no-scroll"),
                given.containsKey("out") ? Path.of(given.get("out")) : null);
        if (o.checkpoint < 1 || o.checkpoint >= o.posts || o.rate <= 0) {
            throw new IllegalArgumentException("need 0 < checkpoint < posts and rate > 0");
        }
        return o;
    }
}
