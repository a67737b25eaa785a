package social.woolly.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link ProcessFeed}: runs a {@link SoakFeed} of {@code args[0]} posts and
 * answers its parent, one line each way. Once prepared it prints {@code ready URL TOKEN PICTURES}; then {@code post TOTAL RATE} prints {@code posted N}
 * now and then and {@code reached N} at the end, and {@code quit} (or the end of input) stops it.
 * A failure prints {@code error MESSAGE} and exits with 1.
 */
public final class SoakFeedMain {
    private SoakFeedMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        try (SoakFeed feed = SoakFeed.start(Integer.parseInt(args[0]));
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println("ready " + feed.baseUrl() + " " + feed.aliceToken() + " " + feed.pictures());
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] words = line.split(" ");
                if (!words[0].equals("post") || words.length != 3) {
                    throw new IllegalArgumentException("unknown command: " + line);
                }
                feed.postUntil(Integer.parseInt(words[1]), Double.parseDouble(words[2]), n -> {
                    // An orphan stops at once rather than posting into the void.
                    if (!parent.isAlive()) {
                        System.exit(1);
                    }
                    out.println("posted " + n);
                });
                out.println("reached " + feed.posted());
            }
        } catch (Exception e) {
            out.println("error " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }
}
