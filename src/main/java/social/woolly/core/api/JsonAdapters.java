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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Quote;
import social.woolly.core.model.QuoteState;
import social.woolly.core.model.Status;
import social.woolly.core.model.WireName;

/** The tolerant Gson adapters behind {@link Json}; see there for what they tolerate and why. */
final class JsonAdapters {
    private JsonAdapters() {}

    private static final String MODEL_PACKAGE = "social.woolly.core.model.";
    private static final System.Logger LOG = System.getLogger(JsonAdapters.class.getName());

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

    /**
     * Lists: null or not an array → empty; null elements and elements that cannot be read (a status
     * without an id) dropped, so that one odd element never costs a whole page; the result is
     * unmodifiable.
     */
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
                String at = in.getPath();
                E item;
                try {
                    item = element.read(in);
                } catch (RuntimeException e) {
                    skipRestOf(in, at, e);
                    continue;
                }
                if (item != null) {
                    items.add(item);
                }
            }
            in.endArray();
            return List.copyOf(items);
        }

        // An element failed: a record constructor refused it once it was read (a required field
        // missing), or a value had the wrong shape partway in. Reads on to the next element; only
        // the path and the exception's class are logged, never the content (it may hold a token).
        private static void skipRestOf(JsonReader in, String at, RuntimeException failure) throws IOException {
            int open = at.lastIndexOf('[');
            String next =
                    at.substring(0, open + 1) + (Integer.parseInt(at.substring(open + 1, at.length() - 1)) + 1) + "]";
            while (!in.getPath().equals(next)) {
                switch (in.peek()) {
                    case END_ARRAY -> in.endArray();
                    case END_OBJECT -> in.endObject();
                    case END_DOCUMENT -> throw failure;
                    default -> in.skipValue();
                }
            }
            Throwable reason = failure.getCause() != null ? failure.getCause() : failure;
            LOG.log(
                    System.Logger.Level.INFO,
                    "skipped an unreadable list element at " + at + ": "
                            + reason.getClass().getSimpleName());
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
}
