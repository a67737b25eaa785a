/**
 * An in-memory server that speaks the Mastodon client API on 127.0.0.1, for Woolly's UI and
 * end-to-end tests and for trying Woolly without a real account. It shares no code with
 * {@code social.woolly.core}: it is the other side of the wire, so it catches the client's bugs
 * instead of repeating them. Start it with {@link social.woolly.sandbox.Sandbox#start()}.
 */
@NullMarked
package social.woolly.sandbox;

import org.jspecify.annotations.NullMarked;
