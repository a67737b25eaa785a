package social.woolly.core.api;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Quote;
import social.woolly.core.model.Status;

/**
 * Statuses to and from the API's own JSON, for keeping them locally (the timeline cache). Encoding
 * writes what {@link Json} reads back to an equal record, quotes included. Thread-safe.
 */
public final class StatusCodec {

    // The API's Gson reads quotes in three shapes and never writes them; this one writes
    // Mastodon's Quote shape, which that reader understands.
    private static final Gson GSON = Json.gson()
            .newBuilder()
            .registerTypeAdapterFactory(new QuoteWriter())
            .create();

    private StatusCodec() {}

    /** A list of statuses as a JSON array. */
    public static String encode(List<Status> statuses) {
        return GSON.toJson(statuses, TimelineMethods.STATUSES);
    }

    /**
     * Statuses from {@link #encode}.
     *
     * @throws ApiException.BadResponse if the text is not such an array
     */
    public static List<Status> decode(String json) throws ApiException.BadResponse {
        return Json.read(new StringReader(json), TimelineMethods.STATUSES);
    }

    private static final class QuoteWriter implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Quote.class) {
                return null;
            }
            TypeAdapter<Quote> reader = gson.getDelegateAdapter(this, TypeToken.get(Quote.class));
            TypeAdapter<Status> statuses = gson.getAdapter(Status.class);
            return (TypeAdapter<T>) new TypeAdapter<Quote>() {
                @Override
                public void write(JsonWriter out, @Nullable Quote quote) throws IOException {
                    if (quote == null) {
                        out.nullValue();
                        return;
                    }
                    out.beginObject();
                    out.name("state").value(quote.state().wireName());
                    out.name("quoted_status");
                    statuses.write(out, quote.quotedStatus());
                    out.name("quoted_status_id").value(quote.quotedStatusId());
                    out.endObject();
                }

                @Override
                public @Nullable Quote read(JsonReader in) throws IOException {
                    return reader.read(in);
                }
            };
        }
    }
}
