package social.woolly.core.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One record persisted as a small JSON file, written atomically ({@link AtomicFile}). A file that
 * cannot be read as JSON is moved aside to {@code NAME.broken-<time>} (kept for recovery) and
 * reported as absent, so a damaged file never stops Woolly from starting. Blocking file I/O.
 *
 * @param <T> a record of strings, numbers, booleans, {@link Instant}s and lists of such records
 */
public final class JsonFile<T> {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .create();

    private final Path file;
    private final Class<T> type;
    private final Clock clock;

    public JsonFile(Path file, Class<T> type, Clock clock) {
        this.file = file;
        this.type = type;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The stored record, or empty when there is none or it was unreadable (then moved aside). */
    public Optional<T> read() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GSON.fromJson(text, type));
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken-" + clock.millis());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return Optional.empty();
        }
    }

    public void write(T value) throws IOException {
        AtomicFile.write(file, GSON.toJson(value, type).getBytes(StandardCharsets.UTF_8), false);
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            try {
                return Instant.parse(in.nextString());
            } catch (DateTimeParseException e) {
                throw new JsonParseException("not an instant", e);
            }
        }
    }
}
