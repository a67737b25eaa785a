package social.woolly.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A {@link SoakFeed} in a child JVM ({@link SoakFeedMain}), so that the sandbox's own memory (20,000
 * statuses, the uploaded pictures) stays out of the measured process. Same classpath as this JVM;
 * the child dies with its input, so it cannot outlive the soak.
 */
final class ProcessFeed implements Feed {
    private final Process process;
    private final BufferedReader replies;
    private final PrintWriter commands;
    private final String baseUrl;
    private final String aliceToken;
    private final int pictures;

    private ProcessFeed(Process process) throws IOException {
        this.process = process;
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands =
                new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        String[] ready = expect("ready").split(" ");
        this.baseUrl = ready[1];
        this.aliceToken = ready[2];
        this.pictures = Integer.parseInt(ready[3]);
    }

    /** Starts the child and waits until it has prepared {@code total} posts. */
    static ProcessFeed start(int total) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx2g",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                SoakFeedMain.class.getName(),
                Integer.toString(total));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new ProcessFeed(process);
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String aliceToken() {
        return aliceToken;
    }

    @Override
    public int pictures() {
        return pictures;
    }

    @Override
    public void postUntil(int total, double perSecond, IntConsumer progress) throws IOException {
        commands.println("post " + total + " " + perSecond);
        while (true) {
            String[] reply = next().split(" ");
            switch (reply[0]) {
                case "posted" -> progress.accept(Integer.parseInt(reply[1]));
                case "reached" -> {
                    return;
                }
                default -> throw new IOException("feed process said: " + String.join(" ", reply));
            }
        }
    }

    private String expect(String word) throws IOException {
        String line = next();
        if (!line.startsWith(word + " ")) {
            throw new IOException("feed process said: " + line);
        }
        return line;
    }

    private String next() throws IOException {
        String line = replies.readLine();
        if (line == null) {
            throw new IOException("the feed process ended");
        }
        return line;
    }

    @Override
    public void close() {
        commands.println("quit");
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
