package social.woolly.core.api;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import social.woolly.core.model.Notification;
import social.woolly.core.model.NotificationGroup;

/**
 * The one Gson set-up for the Mastodon API: snake_case names onto records, tolerant of what real
 * servers send.
 *
 * <p>Tolerance, so that one odd field never costs a whole timeline: ids arrive as strings or JSON
 * numbers and become strings; absent or malformed arrays become empty lists; unknown enum strings
 * become {@code UNKNOWN}; unreadable dates and wrongly shaped sub-objects become {@code null}; a
 * {@code null} number or flag becomes 0 or {@code false}. A missing required field (a status
 * without an id) fails the decode of that object; in a list, that element is skipped (and logged)
 * and the rest of the list is kept.
 *
 * <p>Decoding blocks and may be large (a 2 MB page), so it runs on the caller's (background)
 * thread. Thread-safe.
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .disableHtmlEscaping()
            .registerTypeAdapterFactory(JsonAdapters.LENIENT_OBJECTS)
            .registerTypeAdapterFactory(JsonAdapters.LISTS)
            .registerTypeAdapterFactory(JsonAdapters.WIRE_ENUMS)
            .registerTypeAdapterFactory(JsonAdapters.rawTypeOf(Notification.class, NotificationGroup.class))
            .registerTypeAdapterFactory(JsonAdapters.QUOTES)
            .registerTypeAdapter(Instant.class, JsonScalars.INSTANTS)
            .registerTypeAdapter(int.class, JsonScalars.INTS)
            .registerTypeAdapter(long.class, JsonScalars.LONGS)
            .registerTypeAdapter(double.class, JsonScalars.DOUBLES)
            .registerTypeAdapter(boolean.class, JsonScalars.BOOLEANS)
            .registerTypeAdapter(Integer.class, JsonScalars.nullable(JsonScalars.INTS))
            .registerTypeAdapter(Long.class, JsonScalars.nullable(JsonScalars.LONGS))
            .registerTypeAdapter(Double.class, JsonScalars.nullable(JsonScalars.DOUBLES))
            .registerTypeAdapter(Boolean.class, JsonScalars.nullable(JsonScalars.BOOLEANS))
            .create();

    private Json() {}

    /** The shared instance, for code in {@code core.api} that needs Gson itself (streaming). */
    public static Gson gson() {
        return GSON;
    }

    /** Decodes UTF-8 JSON bytes. */
    public static <T> T read(byte[] json, Type type) throws ApiException.BadResponse {
        return read(new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8), type);
    }

    /** Decodes UTF-8 JSON bytes into a class. */
    public static <T> T read(byte[] json, Class<T> type) throws ApiException.BadResponse {
        return read(json, (Type) type);
    }

    /** Decodes a JSON string, e.g. a streaming event's payload. */
    public static <T> T read(String json, Class<T> type) throws ApiException.BadResponse {
        return read(new StringReader(json), type);
    }

    /**
     * Decodes one JSON document into {@code type}.
     *
     * @throws ApiException.BadResponse if it is not JSON, is cut off, has trailing data, does not
     *     have the expected shape, is {@code null}, or lacks a required field
     */
    public static <T> T read(Reader json, Type type) throws ApiException.BadResponse {
        Class<?> raw = TypeToken.get(type).getRawType();
        String what = raw.getSimpleName();
        try {
            JsonReader reader = GSON.newJsonReader(json);
            // The tolerant adapters turn a misshapen part into null or an empty list; the document
            // itself must have the shape asked for, or an error body would pass as an empty page.
            JsonToken expected = List.class.isAssignableFrom(raw)
                    ? JsonToken.BEGIN_ARRAY
                    : raw.isRecord() ? JsonToken.BEGIN_OBJECT : reader.peek();
            if (reader.peek() != expected) {
                throw new ApiException.BadResponse("expected " + what + " but got " + reader.peek(), null);
            }
            @SuppressWarnings("unchecked")
            T value = (T) GSON.fromJson(reader, TypeToken.get(type));
            if (value == null) {
                throw new ApiException.BadResponse("empty or null " + what, null);
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ApiException.BadResponse("data after the " + what, null);
            }
            return value;
        } catch (JsonParseException | IOException e) {
            throw new ApiException.BadResponse("malformed " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A record constructor refused the data (a required field missing). Gson wraps that in
            // a RuntimeException whose message lists every constructor argument, a token among
            // them for Token: keep only the record's own reason.
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new ApiException.BadResponse(
                    "incomplete " + what + ": " + reason.getClass().getSimpleName() + " " + reason.getMessage(), null);
        }
    }

    /** Encodes a value (request bodies). */
    public static String write(Object value) {
        return GSON.toJson(value);
    }
}
