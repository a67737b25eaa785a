@NullMarked
package social.woolly.ui;

import org.jspecify.annotations.NullMarked;
