/**
 * A status's {@code content} HTML turned into a safe, toolkit-free rich-text model: {@link
 * social.woolly.core.content.ContentParser} reads the HTML and gives a {@link
 * social.woolly.core.content.RichText} of {@link social.woolly.core.content.Block}s holding {@link
 * social.woolly.core.content.Inline} runs, which the UI maps onto text nodes.
 */
@NullMarked
package social.woolly.core.content;

import org.jspecify.annotations.NullMarked;
