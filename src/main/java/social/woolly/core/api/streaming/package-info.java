/**
 * Live updates from a Mastodon server over one multiplexed WebSocket per account: {@link
 * social.woolly.core.api.streaming.StreamingClient} connects, subscribes, reconnects and hands typed
 * {@link social.woolly.core.api.streaming.StreamEvent}s to a {@link
 * social.woolly.core.api.streaming.StreamingListener}.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/streaming/">streaming API methods</a>
 */
@NullMarked
package social.woolly.core.api.streaming;

import org.jspecify.annotations.NullMarked;
