package social.woolly.core.model;

import java.util.List;

/**
 * The thread around a status: what it replies to (oldest first) and the replies below it.
 *
 * @see <a href="https://docs.joinmastodon.org/entities/Context/">Context</a>
 */
public record Context(List<Status> ancestors, List<Status> descendants) {
    public Context {
        ancestors = Missing.list(ancestors);
        descendants = Missing.list(descendants);
    }
}
