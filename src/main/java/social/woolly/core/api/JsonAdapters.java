package social.woolly.core.api;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Quote;
import social.woolly.core.model.QuoteState;
import social.woolly.core.model.Status;
import social.woolly.core.model.WireName;

/** The tolerant Gson adapters behind {@link Json}; see there for what they tolerate and why. */
final class JsonAdapters {
    private JsonAdapters() {}

    private static final String MODEL_PACKAGE = "social.woolly.core.model.";

    /** A model record where JSON has a string, number or array (PHP servers send {@code []} for {@code {}}) is null. */
    static final TypeAdapterFactory LENIENT_OBJECTS = new TypeAdapterFactory() {
        @Override
        public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!raw.isRecord() || !raw.getName().startsWith(MODEL_PACKAGE)) {
                return null;
            }
            return new ReadingWrapper<T>(gson.getDelegateAdapter(this, type)) {
                @Override
                public @Nullable T read(JsonReader in) throws IOException {
                    JsonToken token = in.peek();
                    if (token != JsonToken.BEGIN_OBJECT) {
                        in.skipValue();
                        return null;
                    }
                    return delegate.read(in);
                }
            };
        }
    };

    /** Changes how a type is read; writes as the wrapped adapter does. */
    private abstract static class ReadingWrapper<T> extends TypeAdapter<T> {
        final TypeAdapter<T> delegate;

        ReadingWrapper(TypeAdapter<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            delegate.write(out, value);
        }
    }

    /** Lists: null or not an array → empty; null elements dropped; the result is unmodifiable. */
    static final TypeAdapterFactory LISTS = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != List.class) {
                return null;
            }
            Type elementType =
                    type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            TypeAdapter<Object> element = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(elementType));
            TypeAdapter<List<Object>> delegate = (TypeAdapter<List<Object>>) gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new ListAdapter<>(element, delegate);
        }
    };

    private static final class ListAdapter<E> extends TypeAdapter<List<E>> {
        private final TypeAdapter<E> element;
        private final TypeAdapter<List<E>> delegate;

        ListAdapter(TypeAdapter<E> element, TypeAdapter<List<E>> delegate) {
            this.element = element;
            this.delegate = delegate;
        }

        @Override
        public void write(JsonWriter out, List<E> value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public List<E> read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.BEGIN_ARRAY) {
                in.skipValue();
                return List.of();
            }
            List<E> items = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                E item = element.read(in);
                if (item != null) {
                    items.add(item);
                }
            }
            in.endArray();
            return List.copyOf(items);
        }
    }

    /** Enums implementing {@link WireName}: unknown strings (and non-strings) → {@code UNKNOWN}. */
    static final TypeAdapterFactory WIRE_ENUMS = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!raw.isEnum() || !WireName.class.isAssignableFrom(raw)) {
                return null;
            }
            return (TypeAdapter<T>) new WireEnumAdapter((Class) raw);
        }
    };

    private static final class WireEnumAdapter<E extends Enum<E> & WireName> extends TypeAdapter<E> {
        private final Map<String, E> byName = new HashMap<>();
        private final @Nullable E unknown;

        WireEnumAdapter(Class<E> type) {
            E fallback = null;
            for (E constant : type.getEnumConstants()) {
                byName.put(constant.wireName(), constant);
                if (constant.name().equals("UNKNOWN")) {
                    fallback = constant;
                }
            }
            unknown = fallback;
        }

        @Override
        public void write(JsonWriter out, @Nullable E value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.wireName());
            }
        }

        @Override
        public @Nullable E read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (token != JsonToken.STRING) {
                in.skipValue();
                return unknown;
            }
            E value = byName.get(in.nextString());
            return value != null ? value : unknown;
        }
    }

    /**
     * Copies {@code type} to {@code raw_type} before decoding, so that a record keeps the string
     * behind an {@code UNKNOWN} enum (for logging). Only for small, rare objects: it builds a tree.
     */
    static TypeAdapterFactory rawTypeOf(Class<?>... classes) {
        Set<Class<?>> wanted = Set.of(classes);
        return new TypeAdapterFactory() {
            @Override
            public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
                if (!wanted.contains(type.getRawType())) {
                    return null;
                }
                TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
                return new ReadingWrapper<T>(gson.getDelegateAdapter(this, type)) {
                    @Override
                    public @Nullable T read(JsonReader in) throws IOException {
                        JsonElement tree = trees.read(in);
                        if (tree instanceof JsonObject object
                                && object.get("type") instanceof JsonPrimitive primitive
                                && primitive.isString()) {
                            object.addProperty("raw_type", primitive.getAsString());
                        }
                        return delegate.fromJsonTree(tree);
                    }
                };
            }
        };
    }

    /**
     * {@code quote}: Mastodon 4.4+ sends a Quote ({@code state} + {@code quoted_status}) or a
     * ShallowQuote ({@code state} + {@code quoted_status_id}); Akkoma sends the quoted Status itself.
     */
    static final TypeAdapterFactory QUOTES = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Quote.class) {
                return null;
            }
            return (TypeAdapter<T>) new QuoteAdapter(gson);
        }
    };

    private static final class QuoteAdapter extends TypeAdapter<Quote> {
        private final Gson gson;

        QuoteAdapter(Gson gson) {
            this.gson = gson;
        }

        @Override
        public void write(JsonWriter out, Quote value) throws IOException {
            throw new UnsupportedOperationException("quotes are only read");
        }

        @Override
        public @Nullable Quote read(JsonReader in) throws IOException {
            JsonElement tree = gson.getAdapter(JsonElement.class).read(in);
            if (!(tree instanceof JsonObject object)) {
                return null;
            }
            if (object.has("state")) {
                QuoteState state = gson.fromJson(object.get("state"), QuoteState.class);
                Status quoted = gson.fromJson(object.get("quoted_status"), Status.class);
                String quotedId = gson.fromJson(object.get("quoted_status_id"), String.class);
                return new Quote(state == null ? QuoteState.UNKNOWN : state, quoted, quotedId);
            }
            if (object.has("id") && object.has("account")) {
                Status quoted = gson.fromJson(object, Status.class);
                return new Quote(QuoteState.ACCEPTED, quoted, null);
            }
            return null;
        }
    }

    /** Dates: any ISO-8601 precision or offset, date-only, or UNIX seconds; anything else → null. */
    static final TypeAdapter<@Nullable Instant> INSTANTS = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, @Nullable Instant value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public @Nullable Instant read(JsonReader in) throws IOException {
            return switch (in.peek()) {
                case STRING -> parseInstant(in.nextString());
                case NUMBER -> fromEpoch(in.nextDouble());
                default -> {
                    in.skipValue();
                    yield null;
                }
            };
        }
    };

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
            + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    static @Nullable Instant parseInstant(String text) {
        Matcher m = DATE_TIME.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String fraction = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    nanos);
            return local.toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // No zone at all: Mastodon-compatible servers mean UTC.
    private static ZoneOffset offset(@Nullable String zone) {
        if (zone == null || zone.length() <= 3 && !zone.startsWith("+") && !zone.startsWith("-")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    // OAuth tokens carry UNIX seconds; a value this large can only be milliseconds.
    private static @Nullable Instant fromEpoch(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        long whole = (long) value;
        return Math.abs(whole) > 100_000_000_000L ? Instant.ofEpochMilli(whole) : Instant.ofEpochSecond(whole);
    }

    static final TypeAdapter<Integer> INTS = new NumberAdapter<>(0) {
        @Override
        Integer parse(String text) {
            return (int) Double.parseDouble(text);
        }
    };

    static final TypeAdapter<Long> LONGS = new NumberAdapter<>(0L) {
        @Override
        Long parse(String text) {
            return text.contains(".") || text.contains("e") || text.contains("E")
                    ? (long) Double.parseDouble(text)
                    : Long.parseLong(text);
        }
    };

    static final TypeAdapter<Double> DOUBLES = new NumberAdapter<>(0.0) {
        @Override
        Double parse(String text) {
            return Double.parseDouble(text);
        }
    };

    /** Numbers: JSON numbers or numeric strings; null, empty or malformed → the default. */
    private abstract static class NumberAdapter<N extends Number> extends TypeAdapter<N> {
        private final N absent;

        NumberAdapter(N absent) {
            this.absent = absent;
        }

        abstract N parse(String text);

        @Override
        public void write(JsonWriter out, N value) throws IOException {
            out.value(value);
        }

        @Override
        public N read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
                in.skipValue();
                return absent;
            }
            try {
                return parse(in.nextString().trim());
            } catch (NumberFormatException e) {
                return absent;
            }
        }
    }

    /** Flags: JSON booleans, "true"/"false" strings or 0/1; anything else → false. */
    static final TypeAdapter<Boolean> BOOLEANS = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
            return switch (in.peek()) {
                case BOOLEAN -> in.nextBoolean();
                case STRING -> in.nextString().trim().toLowerCase(Locale.ROOT).equals("true");
                case NUMBER -> in.nextDouble() != 0;
                default -> {
                    in.skipValue();
                    yield false;
                }
            };
        }
    };

    /** For boxed fields: JSON null stays null instead of becoming the primitive default. */
    static <T> TypeAdapter<@Nullable T> nullable(TypeAdapter<T> adapter) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, @Nullable T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    adapter.write(out, value);
                }
            }

            @Override
            public @Nullable T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                return adapter.read(in);
            }
        };
    }
}
