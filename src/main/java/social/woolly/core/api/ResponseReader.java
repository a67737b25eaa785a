package social.woolly.core.api;

import okhttp3.Response;

/** Turns a successful (2xx) response and its fully read body into a value. */
@FunctionalInterface
interface ResponseReader<T> {
    T read(Response response, byte[] body) throws ApiException.BadResponse;
}
