/** Small adjustments to the process the app runs in (no JavaFX). */
@NullMarked
package social.woolly.core.platform;

import org.jspecify.annotations.NullMarked;
