package social.woolly.core.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Development check (STYLE.md §5.7): fails any request started on the JavaFX application thread,
 * where blocking I/O freezes the window. Compares the thread's name, so {@code core} needs no
 * JavaFX. The {@link IllegalStateException} is a bug report, not an {@link ApiException}.
 */
public final class FxThreadGuard implements Interceptor {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(
                    "HTTP request on the JavaFX thread: " + chain.request().method() + " "
                            + chain.request().url().encodedPath() + "; run it through BackgroundRunner");
        }
        return chain.proceed(chain.request());
    }
}
