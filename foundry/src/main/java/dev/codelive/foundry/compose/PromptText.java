package dev.codelive.foundry.compose;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A prompt brought to the plain form the vocabulary is written in: lower case ASCII words separated by single spaces,
 * accents dropped, "&" read as "and", digits split from letters ("124bpm" is "124 bpm") except in decades ("80s") and
 * "808s".
 * Kept inside a word: "#" after a note letter, "." and ":" between digits.
 */
final class PromptText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern KEPT_WHOLE = Pattern.compile("(19)?[5-9]0s|808s");

    private PromptText() {}

    static String normalize(String prompt) {
        String plain = MARKS.matcher(Normalizer.normalize(prompt, Normalizer.Form.NFKD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("\u266f", "#").replace("\u266d", "b").replace("&", " and ");
        StringBuilder text = new StringBuilder(plain.length());
        for (String word : rawWords(plain)) {
            String cleaned = KEPT_WHOLE.matcher(word).matches() ? word : splitDigitsFromLetters(word);
            if (!cleaned.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(cleaned.strip());
            }
        }
        return text.toString();
    }

    /** The words of a normalised text. */
    static List<String> words(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Splits on anything that cannot be part of a word, keeping "#", "." and ":" where they belong. */
    private static List<String> rawWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || keepsPunctuation(text, i, word);
            if (keep) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean keepsPunctuation(String text, int i, StringBuilder word) {
        char c = text.charAt(i);
        if (c == '#') {
            return word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'g';
        }
        if (c == '.' || c == ':') {
            return !word.isEmpty() && isDigit(word.charAt(word.length() - 1)) && i + 1 < text.length()
                    && isDigit(text.charAt(i + 1));
        }
        return false;
    }

    private static String splitDigitsFromLetters(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && isBoundary(word.charAt(i - 1), c)) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isBoundary(char before, char c) {
        boolean digitBefore = isDigit(before) || before == '.' || before == ':';
        boolean digitNow = isDigit(c) || c == '.' || c == ':';
        return digitBefore != digitNow && before != '#' && c != '#';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
