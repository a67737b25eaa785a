/** Signed-in accounts: the saved list, switching, one API client per account. */
@NullMarked
package social.woolly.core.account;

import org.jspecify.annotations.NullMarked;
