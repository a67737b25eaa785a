package social.woolly.core.api;

import java.io.IOException;
import java.time.Clock;
import okhttp3.Call;
import okhttp3.Response;
import okio.Timeout;

/**
 * An {@link ApiCall} over one OkHttp {@link Call}. Status first, body second: a non-2xx status is
 * mapped by {@link Failures} before any success body is read; a 2xx body is read whole (capped),
 * then decoded, so that a cut-off or non-JSON body is a {@link ApiException.BadResponse} and only
 * transport failures are {@link ApiException.Network}.
 */
final class OkHttpApiCall<T> implements ApiCall<T> {
    private final Call call;
    private final ResponseReader<T> reader;
    private final Clock clock;

    OkHttpApiCall(Call call, ResponseReader<T> reader, Clock clock) {
        this.call = call;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public T execute() throws ApiException {
        if (call.isCanceled()) {
            throw new ApiException.Cancelled(null);
        }
        T value;
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                throw Failures.of(response, clock);
            }
            Bodies.Capped body = Bodies.read(response.body(), Bodies.MAX_SUCCESS_BYTES);
            if (body.truncated()) {
                throw new ApiException.BadResponse("body larger than " + Bodies.MAX_SUCCESS_BYTES + " bytes", null);
            }
            value = reader.read(response, body.bytes());
        } catch (IOException e) {
            throw call.isCanceled() ? new ApiException.Cancelled(e) : new ApiException.Network(e);
        }
        // Cancelled after the answer arrived: the caller no longer wants it (ApiCall's contract).
        if (call.isCanceled()) {
            throw new ApiException.Cancelled(null);
        }
        return value;
    }

    /** The timeout of the whole call, to change before it runs (uploads need longer). */
    Timeout timeout() {
        return call.timeout();
    }

    @Override
    public void cancel() {
        call.cancel();
    }

    @Override
    public boolean isCancelled() {
        return call.isCanceled();
    }
}
