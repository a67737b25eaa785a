@NullMarked
package social.woolly.ui.common;

import org.jspecify.annotations.NullMarked;
