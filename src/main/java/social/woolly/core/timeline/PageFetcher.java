package social.woolly.core.timeline;

import social.woolly.core.api.ApiCall;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.model.Status;

/** Builds the call for one page of a timeline from a cursor ({@link PageCursor#newest()} for the first). */
@FunctionalInterface
public interface PageFetcher {
    ApiCall<Page<Status>> page(PageCursor cursor);
}
