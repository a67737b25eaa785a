@NullMarked
package social.woolly.ui.signin;

import org.jspecify.annotations.NullMarked;
