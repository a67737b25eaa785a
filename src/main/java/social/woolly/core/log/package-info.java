@NullMarked
package social.woolly.core.log;

import org.jspecify.annotations.NullMarked;
