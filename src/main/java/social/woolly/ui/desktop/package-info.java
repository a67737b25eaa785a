@NullMarked
package social.woolly.ui.desktop;

import org.jspecify.annotations.NullMarked;
