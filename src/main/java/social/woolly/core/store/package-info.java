@NullMarked
package social.woolly.core.store;

import org.jspecify.annotations.NullMarked;
