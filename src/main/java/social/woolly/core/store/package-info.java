/** Local persistence: per-user folders, accounts, secrets, caches and drafts. */
@NullMarked
package social.woolly.core.store;

import org.jspecify.annotations.NullMarked;
