/** Signing in: server addresses, OAuth with PKCE, the loopback redirect listener. */
@NullMarked
package social.woolly.core.auth;

import org.jspecify.annotations.NullMarked;
