package social.woolly.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox until interrupted, for trying Woolly without a real account:
 * {@code SandboxMain [port] [--no-link-headers] [--no-streaming] [--no-v2] [--html-errors]
 * [--opaque-ids] [--delay=MILLIS] [--thread-context=mastodon/akkoma/hollo/snac]}; the port defaults to 8765.
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        SandboxOptions.Builder options = SandboxOptions.builder().port(8765);
        for (String arg : args) {
            switch (arg) {
                case "--no-link-headers" -> options.linkHeaders(false);
                case "--no-streaming" -> options.streaming(false);
                case "--no-v2" -> options.v2Endpoints(false);
                case "--html-errors" -> options.htmlErrors(true);
                case "--opaque-ids" -> options.opaqueIds(true);
                default -> {
                    if (arg.startsWith("--delay=")) {
                        options.responseDelay(Duration.ofMillis(Long.parseLong(arg.substring("--delay=".length()))));
                    } else if (arg.startsWith("--thread-context=")) {
                        options.threadContext(SandboxOptions.ThreadContext.valueOf(
                                arg.substring("--thread-context=".length()).toUpperCase(Locale.ROOT)));
                    } else if (arg.matches("\\d+")) {
                        options.port(Integer.parseInt(arg));
                    } else {
                        System.err.println("Unknown argument: " + arg);
                        System.exit(2);
                    }
                }
            }
        }
        Sandbox sandbox = Sandbox.start(options.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "sandbox-shutdown"));
        System.out.println("Woolly sandbox running at " + sandbox.baseUrl());
        System.out.println("  In Woolly, add the server " + sandbox.baseUrl());
        System.out.println("  Sign in as " + Sandbox.USERNAME + " / " + Sandbox.PASSWORD
                + " (also bob, carol and erin, same password)");
        System.out.println("  Press Ctrl-C to stop.");
        stopped.await();
    }
}
