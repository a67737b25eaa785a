package social.woolly.core.api;

import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import social.woolly.core.model.Status;

/**
 * Decoding one page of the home timeline (40 statuses, ~230 KB of JSON with media, polls, cards,
 * quotes, filters and reblogs) through {@link Json}, as every timeline refresh does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HomeTimelineDecodeBenchmark {
    private static final Type STATUSES = new TypeToken<List<Status>>() {}.getType();

    private byte[] page = new byte[0];

    @Setup
    public void load() throws IOException {
        try (InputStream in = HomeTimelineDecodeBenchmark.class.getResourceAsStream("/fixtures/timelines/home_40.json")) {
            if (in == null) {
                throw new IllegalStateException("fixture timelines/home_40.json not on the classpath");
            }
            page = in.readAllBytes();
        }
    }

    @Benchmark
    public List<Status> decodeHomePage() throws ApiException.BadResponse {
        return Json.read(page, STATUSES);
    }
}
