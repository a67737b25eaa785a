@NullMarked
package social.woolly.core.model;

import org.jspecify.annotations.NullMarked;
