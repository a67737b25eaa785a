@NullMarked
package social.woolly.core.api;

import org.jspecify.annotations.NullMarked;
