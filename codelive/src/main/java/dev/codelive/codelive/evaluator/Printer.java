package dev.codelive.codelive.evaluator;

import dev.codelive.codelive.runtime.Arguments;
import dev.codelive.codelive.runtime.BuiltinFunction;
import dev.codelive.codelive.runtime.PyObject;
import dev.codelive.codelive.runtime.PyStr;
import dev.codelive.codelive.runtime.Repr;
import dev.codelive.codelive.syntax.Span;

/**
 * {@code print} to the evaluation's output. CPython writes each argument, separator and end as its own chunk, encoded
 * to UTF-8; a string holding a lone surrogate cannot be encoded, so that chunk raises UnicodeEncodeError while the
 * chunks before it are already out. Text without lone surrogates (nearly all) is written in one go.
 */
final class Printer {
    private Printer() {}

    static void print(Arguments arguments, Output output, Span span) {
        StringBuilder text = new StringBuilder();
        BuiltinFunction.print(arguments, text);
        if (firstLoneSurrogate(text, 0) < 0) {
            output.write(text.toString());
            return;
        }
        String separator = option(arguments, "sep", " ");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                write(separator, output, span);
            }
            write(Repr.str(arguments.get(i)), output, span);
        }
        write(option(arguments, "end", "\n"), output, span);
    }

    /** Writes one chunk, or raises CPython's UnicodeEncodeError for its first run of lone surrogates. */
    static void write(String chunk, Output output, Span span) {
        int at = firstLoneSurrogate(chunk, 0);
        if (at < 0) {
            output.write(chunk);
            return;
        }
        int end = at + 1;
        while (end < chunk.length() && firstLoneSurrogate(chunk, end) == end) {
            end++;
        }
        int start = chunk.codePointCount(0, at);
        int stop = start + (end - at);
        String what = stop - start == 1
                ? "character '\\u" + Integer.toHexString(chunk.charAt(at)) + "' in position " + start
                : "characters in position " + start + "-" + (stop - 1);
        throw new PythonException("UnicodeEncodeError", "'utf-8' codec can't encode " + what
                + ": surrogates not allowed", span);
    }

    private static String option(Arguments arguments, String name, String fallback) {
        PyObject value = arguments.keywords().get(name);
        return value instanceof PyStr s ? s.value() : fallback;
    }

    /** The index of the first UTF-16 unit at or after {@code from} that is not part of a surrogate pair, or -1. */
    private static int firstLoneSurrogate(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
