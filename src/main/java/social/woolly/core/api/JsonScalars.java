package social.woolly.core.api;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The tolerant scalar adapters behind {@link Json}: dates, numbers, flags, boxed nulls. */
final class JsonScalars {
    private JsonScalars() {}

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
