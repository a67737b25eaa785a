package social.woolly.core.api.streaming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** A WebSocket that only records what the client does with it. */
final class FakeSocket implements WebSocket {
    private final Request request;
    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile int closeCode;
    volatile boolean cancelled;

    FakeSocket(Request request) {
        this.request = request;
    }

    /** The 101 response OkHttp hands to {@code onOpen}. */
    Response switchingProtocols() {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(101)
                .message("Switching Protocols")
                .build();
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public long queueSize() {
        return 0;
    }

    @Override
    public boolean send(String text) {
        sent.add(text);
        return true;
    }

    @Override
    public boolean send(ByteString bytes) {
        return true;
    }

    @Override
    public boolean close(int code, @Nullable String reason) {
        closeCode = code;
        return true;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
