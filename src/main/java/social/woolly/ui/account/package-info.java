/** The account bar: every added account, switching, adding and removing. */
@NullMarked
package social.woolly.ui.account;

import org.jspecify.annotations.NullMarked;
