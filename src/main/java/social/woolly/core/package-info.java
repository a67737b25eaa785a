@NullMarked
package social.woolly.core;

import org.jspecify.annotations.NullMarked;
