package social.woolly.ui.status;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Short counts for action buttons: {@code 999}, {@code 1.2K}, {@code 45K}, {@code 3.4M}. Digits are
 * cut, not rounded, so a count never reads higher than it is; a negative count (a server bug) reads
 * as 0. Thread-safe.
 */
public final class CountFormat {

    private final DecimalFormatSymbols symbols;

    public CountFormat(Locale locale) {
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    public String format(long count) {
        if (count < 1_000) {
            return Long.toString(Math.max(0, count));
        }
        if (count < 1_000_000) {
            return scaled(count, 1_000, "K");
        }
        if (count < 1_000_000_000) {
            return scaled(count, 1_000_000, "M");
        }
        return scaled(count, 1_000_000_000, "B");
    }

    /** One decimal below ten units ({@code 1.2K}), none above ({@code 12K}). */
    private String scaled(long count, long unit, String suffix) {
        long whole = count / unit;
        if (whole >= 10) {
            return whole + suffix;
        }
        long tenth = count % unit * 10 / unit;
        DecimalFormat decimal = new DecimalFormat("0.#", symbols);
        return decimal.format(whole + tenth / 10.0) + suffix;
    }
}
