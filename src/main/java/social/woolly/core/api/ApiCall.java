package social.woolly.core.api;

/**
 * One request to a server, not yet sent. Like OkHttp's {@code Call}, it blocks: {@link #execute()}
 * must run off the JavaFX thread, and the caller picks the thread.
 *
 * <p>A call runs at most once. {@link #cancel()} may be called from any thread, at any time; a
 * cancelled call that is executing, or executes later, throws {@link ApiException.Cancelled}.
 *
 * @param <T> what the server's answer decodes to
 */
public interface ApiCall<T> {

    /**
     * Sends the request and decodes the answer, blocking until both are done.
     *
     * @throws ApiException for every failure: network, HTTP status, undecodable body, cancel. A
     *     {@code RuntimeException} from here is a bug.
     */
    T execute() throws ApiException;

    /** Stops the call if it is in flight and makes any later {@link #execute()} fail as cancelled. */
    void cancel();

    /** Whether {@link #cancel()} has been called. */
    boolean isCancelled();
}
