@NullMarked
package social.woolly.ui.concurrent;

import org.jspecify.annotations.NullMarked;
