package social.woolly.bench;

import java.io.IOException;
import java.util.function.IntConsumer;

/** Where the soak's posts come from: a {@link SoakFeed} here or in a child process. */
interface Feed extends AutoCloseable {

    /** The sandbox's address, {@code http://127.0.0.1:PORT}. */
    String baseUrl();

    /** A token for alice, whom Woolly signs in as. */
    String aliceToken();

    /** How many pictures were uploaded for the posts to come. */
    int pictures();

    /**
     * Posts until {@code total} posts were made, {@code perSecond} on average, telling {@code
     * progress} the count now and then. Blocks.
     */
    void postUntil(int total, double perSecond, IntConsumer progress) throws IOException;

    @Override
    void close();

    /** A feed in this JVM: its sandbox's memory counts in this process's RSS. */
    static Feed inProcess(int total) throws IOException {
        SoakFeed feed = SoakFeed.start(total);
        return new Feed() {
            @Override
            public String baseUrl() {
                return feed.baseUrl();
            }

            @Override
            public String aliceToken() {
                return feed.aliceToken();
            }

            @Override
            public int pictures() {
                return feed.pictures();
            }

            @Override
            public void postUntil(int total, double perSecond, IntConsumer progress) throws IOException {
                feed.postUntil(total, perSecond, progress);
            }

            @Override
            public void close() {
                feed.close();
            }
        };
    }
}
