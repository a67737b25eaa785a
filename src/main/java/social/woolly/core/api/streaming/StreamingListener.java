package social.woolly.core.api.streaming;

/**
 * Receives what a {@link StreamingClient} hears: content events and changes of the connection.
 *
 * <p>Threading: called on OkHttp's WebSocket threads, never on the FX thread, one call at a time
 * and in the order the events happened. Return quickly and do not wait for another thread (the
 * client holds its lock while calling): queue the event and let the UI take batches onto the FX
 * thread. No call starts after {@link StreamingClient#close()} has returned. An exception thrown
 * here is a bug: it goes to the thread's uncaught-exception handler and the stream carries on.
 */
@FunctionalInterface
public interface StreamingListener {
    void onEvent(StreamEvent event);
}
