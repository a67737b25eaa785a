/**
 * The timeline soak benchmark of issue #4: the real Woolly, signed in to a sandbox, takes 20,000
 * streamed posts into an open home timeline while the list scrolls, and reports its resident memory
 * and pulse times. Not a test: run {@code docs/bench/timeline-soak.sh}, which starts {@link
 * social.woolly.bench.TimelineSoak}.
 */
@NullMarked
package social.woolly.bench;

import org.jspecify.annotations.NullMarked;
