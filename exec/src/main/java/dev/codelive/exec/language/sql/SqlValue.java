package dev.codelive.exec.language.sql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** One cell of a result set, as the driver reports it: blobs and non-finite reals arrive already as text. */
public sealed interface SqlValue {

    /** How the cell reads in a table. */
    String text();

    /** Whether the cell is a number, which tables align to the right. */
    default boolean numeric() {
        return false;
    }

    /** SQL NULL: an empty cell, as both psql and the sqlite3 shell show it by default. */
    record Null() implements SqlValue {
        @Override
        public String text() {
            return "";
        }
    }

    /** An INTEGER: SQLite's are 64-bit. */
    record Int(long value) implements SqlValue {
        @Override
        public String text() {
            return Long.toString(value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** A finite REAL. */
    record Real(double value) implements SqlValue {
        /** The sqlite3 shell prints reals with {@code %!.15g}: 15 significant digits, always a decimal point. */
        private static final MathContext DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

        @Override
        public String text() {
            if (value == 0) {
                return "0.0";
            }
            BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
            int exponent = rounded.precision() - rounded.scale() - 1;
            if (exponent < -4 || exponent >= 15) {
                String digits = rounded.unscaledValue().abs().toString();
                String fraction = digits.length() == 1 ? "0" : digits.substring(1);
                return (value < 0 ? "-" : "") + digits.charAt(0) + "." + fraction + "e" + (exponent < 0 ? "-" : "+")
                        + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            }
            String plain = rounded.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /** TEXT, or what the driver wrote as text: a blob as {@code x'0aff'}, an infinite real as {@code Inf}. */
    record Text(String value) implements SqlValue {
        @Override
        public String text() {
            return value;
        }
    }
}
