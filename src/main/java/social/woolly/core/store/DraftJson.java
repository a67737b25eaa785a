package social.woolly.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.Draft;
import social.woolly.core.compose.DraftMedia;
import social.woolly.core.model.MediaMeta;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Visibility;

/**
 * A {@link Draft}'s content as the JSON in the {@code body} column. Written field by field so
 * the file format stays put when the record changes; a field missing when read gets its empty
 * value, so older rows still read after fields are added.
 */
final class DraftJson {
    private DraftJson() {}

    /** The body: everything but the id, account and time, which have their own columns. */
    static String encode(Draft draft) {
        JsonObject o = new JsonObject();
        o.addProperty("text", draft.text());
        o.addProperty("spoilerText", draft.spoilerText());
        o.addProperty(
                "visibility",
                draft.visibility() == null ? null : draft.visibility().wireName());
        o.addProperty("language", draft.language());
        o.addProperty("sensitive", draft.sensitive());
        o.addProperty("inReplyToId", draft.inReplyToId());
        o.addProperty("inReplyToAcct", draft.inReplyToAcct());
        o.addProperty("quotedStatusId", draft.quotedStatusId());
        NewStatus.Poll poll = draft.poll();
        if (poll != null) {
            JsonObject p = new JsonObject();
            JsonArray options = new JsonArray();
            poll.options().forEach(options::add);
            p.add("options", options);
            p.addProperty("expiresInSeconds", poll.expiresIn().toSeconds());
            p.addProperty("multiple", poll.multiple());
            p.addProperty("hideTotals", poll.hideTotals());
            o.add("poll", p);
        }
        JsonArray media = new JsonArray();
        draft.media().forEach(m -> media.add(encode(m)));
        o.add("media", media);
        o.addProperty(
                "scheduledAt",
                draft.scheduledAt() == null ? null : draft.scheduledAt().toString());
        o.addProperty("editingStatusId", draft.editingStatusId());
        o.addProperty("idempotencyKey", draft.idempotencyKey());
        return o.toString();
    }

    private static JsonObject encode(DraftMedia media) {
        JsonObject o = new JsonObject();
        o.addProperty("file", media.file() == null ? null : media.file().toString());
        o.addProperty("mimeType", media.mimeType());
        o.addProperty("size", media.size());
        o.addProperty("mediaId", media.mediaId());
        o.addProperty("description", media.description());
        MediaMeta.Focus focus = media.focus();
        if (focus != null) {
            o.addProperty("focusX", focus.x());
            o.addProperty("focusY", focus.y());
        }
        o.addProperty("synced", media.synced());
        return o;
    }

    /**
     * The draft stored as {@code body} with these columns.
     *
     * @throws JsonParseException if the body is not a draft
     */
    static Draft decode(String id, String account, long updatedAtMillis, String body) {
        try {
            JsonObject o = JsonParser.parseString(body).getAsJsonObject();
            String key = text(o, "idempotencyKey");
            if (key == null) {
                throw new JsonParseException("draft without idempotency key");
            }
            return new Draft(
                    id,
                    account,
                    textOr(o, "text"),
                    textOr(o, "spoilerText"),
                    visibility(text(o, "visibility")),
                    text(o, "language"),
                    flag(o, "sensitive"),
                    text(o, "inReplyToId"),
                    text(o, "inReplyToAcct"),
                    text(o, "quotedStatusId"),
                    poll(o.get("poll")),
                    media(o.get("media")),
                    instant(text(o, "scheduledAt")),
                    text(o, "editingStatusId"),
                    key,
                    Instant.ofEpochMilli(updatedAtMillis));
        } catch (IllegalStateException
                | UnsupportedOperationException
                | ClassCastException
                | IllegalArgumentException e) {
            // Gson's getAs… throw these on a value of the wrong kind (NumberFormatException is an
            // IllegalArgumentException); so do the records' constructors on values they refuse.
            throw new JsonParseException("not a draft: " + e.getMessage(), e);
        }
    }

    private static NewStatus.@Nullable Poll poll(@Nullable JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return null;
        }
        JsonObject p = element.getAsJsonObject();
        List<String> options = new ArrayList<>();
        JsonElement array = p.get("options");
        if (array != null && array.isJsonArray()) {
            array.getAsJsonArray().forEach(option -> options.add(option.getAsString()));
        }
        JsonElement seconds = p.get("expiresInSeconds");
        Duration expiresIn = Duration.ofSeconds(seconds == null || seconds.isJsonNull() ? 0 : seconds.getAsLong());
        return new NewStatus.Poll(options, expiresIn, flag(p, "multiple"), flag(p, "hideTotals"));
    }

    private static List<DraftMedia> media(@Nullable JsonElement element) {
        List<DraftMedia> media = new ArrayList<>();
        if (element == null || !element.isJsonArray()) {
            return media;
        }
        for (JsonElement item : element.getAsJsonArray()) {
            JsonObject m = item.getAsJsonObject();
            String file = text(m, "file");
            JsonElement x = m.get("focusX");
            JsonElement y = m.get("focusY");
            JsonElement size = m.get("size");
            media.add(new DraftMedia(
                    file == null ? null : path(file),
                    textOr(m, "mimeType"),
                    size == null || size.isJsonNull() ? 0 : size.getAsLong(),
                    text(m, "mediaId"),
                    text(m, "description"),
                    x == null || y == null || x.isJsonNull() || y.isJsonNull()
                            ? null
                            : new MediaMeta.Focus(x.getAsDouble(), y.getAsDouble()),
                    flag(m, "synced")));
        }
        return media;
    }

    private static Path path(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new JsonParseException("bad file path", e);
        }
    }

    private static @Nullable Visibility visibility(@Nullable String wireName) {
        for (Visibility visibility : Visibility.values()) {
            if (visibility.wireName().equals(wireName) && visibility != Visibility.UNKNOWN) {
                return visibility;
            }
        }
        return null;
    }

    private static @Nullable Instant instant(@Nullable String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonParseException("bad time", e);
        }
    }

    private static @Nullable String text(JsonObject o, String name) {
        JsonElement element = o.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String textOr(JsonObject o, String name) {
        String text = text(o, name);
        return text == null ? "" : text;
    }

    private static boolean flag(JsonObject o, String name) {
        JsonElement element = o.get(name);
        return element != null && !element.isJsonNull() && element.getAsBoolean();
    }
}
