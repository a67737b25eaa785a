package social.woolly.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one request, merged from the query and the body as Rails does: form,
 * JSON and multipart bodies all land in one map. Keys are flattened so that the three body
 * styles agree: {@code poll[options][]=a} (form) and {@code {"poll":{"options":["a"]}}} (JSON)
 * both become {@code poll.options}; {@code media_ids[]} becomes {@code media_ids}.
 */
final class SandboxParams {
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    /** An uploaded file from a multipart body. */
    record FilePart(@Nullable String filename, String contentType, byte[] bytes) {}

    /** The body could not be read: answered with 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, FilePart> files = new LinkedHashMap<>();

    static SandboxParams of(@Nullable String encodedQuery, @Nullable String contentType, ByteString body) {
        SandboxParams params = new SandboxParams();
        if (encodedQuery != null) {
            params.addForm(encodedQuery);
        }
        if (body.size() == 0 || contentType == null) {
            return params;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            params.addForm(body.utf8());
        } else if (type.startsWith("application/json")) {
            params.addJson(body.utf8());
        } else if (type.startsWith("multipart/form-data")) {
            params.addMultipart(contentType, body);
        }
        return params;
    }

    @Nullable
    String get(String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    String getOr(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Set<String> keys() {
        return values.keySet();
    }

    /** Rails' idea of true: "true", "1", "on", "t" (any case). */
    boolean flag(String key) {
        String value = get(key);
        return value != null && Set.of("true", "1", "on", "t").contains(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** Rails' {@code to_i}: leading digits, else the fallback when absent. */
    int intOr(String key, int fallback) {
        String value = get(key);
        if (value == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("^\\s*(-?\\d+)").matcher(value);
        try {
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Nullable
    FilePart file(String key) {
        return files.get(key);
    }

    private void add(String rawKey, String value) {
        values.computeIfAbsent(normalize(rawKey), k -> new ArrayList<>()).add(value);
    }

    static String normalize(String key) {
        return key.replace("[]", "").replace("][", ".").replace("[", ".").replace("]", "");
    }

    private void addForm(String encoded) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                add(key, value);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("Invalid percent-encoding");
            }
        }
    }

    private void addJson(String json) {
        try {
            JsonElement root = JsonParser.parseString(json);
            if (root.isJsonObject()) {
                root.getAsJsonObject().entrySet().forEach(e -> flatten(e.getKey(), e.getValue()));
            }
        } catch (JsonParseException e) {
            throw new BadRequest("Invalid JSON");
        }
    }

    private void flatten(String key, JsonElement element) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> flatten(key + "." + e.getKey(), e.getValue()));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> flatten(key, item));
            values.computeIfAbsent(normalize(key), k -> new ArrayList<>());
        } else if (element.isJsonPrimitive()) {
            add(key, element.getAsString());
        }
    }

    private void addMultipart(String contentType, ByteString body) {
        MediaType mediaType = MediaType.parse(contentType);
        String boundary = mediaType == null ? null : mediaType.parameter("boundary");
        if (boundary == null) {
            throw new BadRequest("multipart body without boundary");
        }
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    readPart(part);
                }
            }
        } catch (IOException e) {
            throw new BadRequest("Malformed multipart body");
        }
    }

    private void readPart(MultipartReader.Part part) throws IOException {
        String disposition = part.headers().get("Content-Disposition");
        Matcher name = DISPOSITION_NAME.matcher(disposition == null ? "" : disposition);
        if (!name.find()) {
            return;
        }
        Matcher filenameMatch = DISPOSITION_FILE.matcher(disposition);
        String filename = filenameMatch.find() ? filenameMatch.group(1) : null;
        byte[] bytes = part.body().readByteArray();
        String type = part.headers().get("Content-Type");
        if (filename != null || (type != null && !type.startsWith("text/plain"))) {
            String fileType = type == null ? "application/octet-stream" : type;
            files.put(normalize(name.group(1)), new FilePart(filename, fileType, bytes));
        } else {
            add(name.group(1), new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
