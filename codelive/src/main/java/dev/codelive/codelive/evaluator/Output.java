package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.EvaluationBudgetException;

/** What the snippet printed, bounded in UTF-8 bytes. */
final class Output {
    private final StringBuilder text = new StringBuilder();
    private final int maxBytes;
    private long bytes;

    Output(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    void write(String chunk) {
        bytes += utf8Length(chunk);
        if (bytes > maxBytes) {
            throw new EvaluationBudgetException("output (more than " + maxBytes + " bytes)");
        }
        text.append(chunk);
    }

    String text() {
        return text.toString();
    }

    private static long utf8Length(String chunk) {
        long n = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chunk.length()
                    && Character.isLowSurrogate(chunk.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
