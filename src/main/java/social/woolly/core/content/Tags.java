package social.woolly.core.content;

/** What each HTML element means to the parser, by jsoup's lower-case {@code normalName()}. */
final class Tags {

    private Tags() {}

    /** Elements dropped with everything inside: code, embedded objects, form controls, metadata. */
    static boolean isDropped(String name) {
        return switch (name) {
            case "script",
                    "style",
                    "template",
                    "noscript",
                    "iframe",
                    "frame",
                    "frameset",
                    "object",
                    "embed",
                    "applet",
                    "param",
                    "svg",
                    "canvas",
                    "video",
                    "audio",
                    "source",
                    "track",
                    "picture",
                    "map",
                    "area",
                    "input",
                    "textarea",
                    "select",
                    "option",
                    "optgroup",
                    "button",
                    "datalist",
                    "dialog",
                    "head",
                    "title",
                    "meta",
                    "link",
                    "base" -> true;
            default -> false;
        };
    }

    /** Elements that end the block before and after them, and are not handled on their own. */
    static boolean isBlock(String name) {
        return switch (name) {
            case "p",
                    "div",
                    "section",
                    "article",
                    "header",
                    "footer",
                    "aside",
                    "nav",
                    "main",
                    "figure",
                    "figcaption",
                    "address",
                    "details",
                    "summary",
                    "dl",
                    "dt",
                    "dd",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "caption",
                    "hr",
                    "center",
                    "fieldset",
                    "legend",
                    "hgroup",
                    "search",
                    "form" -> true;
            default -> false;
        };
    }

    static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The {@link Style} bit an inline element sets, or 0. */
    static int styleBit(String name) {
        return switch (name) {
            case "b", "strong" -> Style.BOLD;
            case "i", "em", "cite", "dfn", "var" -> Style.ITALIC;
            case "code", "kbd", "samp", "tt" -> Style.CODE;
            case "del", "s", "strike" -> Style.STRIKETHROUGH;
            case "u", "ins" -> Style.UNDERLINE;
            default -> 0;
        };
    }

    static boolean isList(String name) {
        return name.equals("ul") || name.equals("ol") || name.equals("menu");
    }
}
