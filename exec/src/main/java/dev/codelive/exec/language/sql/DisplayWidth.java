package dev.codelive.exec.language.sql;

/**
 * How many terminal columns a string takes, near enough to align tables: East Asian wide characters and most emoji
 * take two, combining marks none, everything else one.
 */
final class DisplayWidth {
    private DisplayWidth() {}

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::ofCodePoint).sum();
    }

    private static int ofCodePoint(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(codePoint) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F            // Hangul Jamo
                || c >= 0x2E80 && c <= 0x303E        // CJK radicals, punctuation
                || c >= 0x3041 && c <= 0x33FF        // kana, CJK compatibility
                || c >= 0x3400 && c <= 0x4DBF        // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF        // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF        // Yi
                || c >= 0xAC00 && c <= 0xD7A3        // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF        // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F        // CJK compatibility forms
                || c >= 0xFF00 && c <= 0xFF60        // fullwidth forms
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F      // pictographs, emoticons
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;     // CJK extensions B and beyond
    }
}
