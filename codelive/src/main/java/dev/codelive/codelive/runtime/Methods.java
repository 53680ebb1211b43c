package dev.codelive.codelive.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Method calls on lists, tuples and strings ({@code items.append(x)}, {@code ", ".join(words)}), with CPython's
 * results and errors. String methods whose answer depends on Unicode tables CPython 3.11 and the JDK may disagree on
 * (such as {@code isdigit} beyond ASCII) are refused rather than guessed, and so are the methods CPython has that
 * are not modelled here ({@link Attributes}).
 */
public final class Methods {
    private Methods() {}

    /** {@code receiver.name(*args, **kwargs)}. */
    public static PyObject call(PyObject receiver, String name, Arguments args) {
        return switch (receiver) {
            case PyList l -> listMethod(l, name, args);
            case PyTuple t -> tupleMethod(t, name, args);
            case PyStr s -> stringMethod(s, name, args);
            default -> throw noAttribute(receiver, name);
        };
    }

    /** AttributeError when CPython has no such attribute either; a refusal for a method the runtime lacks. */
    private static RuntimeException noAttribute(PyObject receiver, String name) {
        return Attributes.missing(receiver, name);
    }

    private static PyObject listMethod(PyList list, String name, Arguments args) {
        switch (name) {
            case "append" -> list.append(args.single("list.append"));
            case "extend" -> {
                PyObject items = args.single("list.extend");
                list.extend(items == list ? List.copyOf(list.items()).iterator() : Sequences.iterate(items));
            }
            case "insert" -> {
                args.noKeywords("list.insert").positionalCount("insert", 2, 2);
                list.insert(index(args.get(0)).clampToLong(), args.get(1));
            }
            case "pop" -> {
                args.noKeywords("list.pop").positionalCount("pop", 0, 1);
                if (list.size() == 0) {
                    throw PythonError.indexError("pop from empty list");
                }
                long i = args.size() == 0 ? -1 : index(args.get(0)).clampToLong();
                long position = i < 0 ? i + list.size() : i;
                if (position < 0 || position >= list.size()) {
                    throw PythonError.indexError("pop index out of range");
                }
                return list.removeAt((int) position);
            }
            case "remove" -> {
                PyObject value = args.single("list.remove");
                int at = find(list.items(), value);
                if (at < 0) {
                    throw PythonError.valueError("list.remove(x): x not in list");
                }
                list.removeAt(at);
            }
            case "index" -> {
                args.noKeywords("list.index").positionalCount("index", 1, 1);
                int at = find(list.items(), args.get(0));
                if (at < 0) {
                    throw PythonError.valueError(Repr.repr(args.get(0)) + " is not in list");
                }
                return PyInt.of(at);
            }
            case "count" -> {
                return PyInt.of(count(list.items(), args.single("list.count")));
            }
            case "reverse" -> noArguments("list.reverse", args, list).reverse();
            case "clear" -> noArguments("list.clear", args, list).clear();
            case "copy" -> {
                return PyList.copyOf(noArguments("list.copy", args, list).items());
            }
            case "sort" -> {
                if (args.keyword("key", PyNone.NONE) != PyNone.NONE) {
                    throw new NotSupportedException("list.sort() with a key function");
                }
                sort(list, args, null);
            }
            default -> throw noAttribute(list, name);
        }
        return PyNone.NONE;
    }

    /**
     * {@code list.sort(key=key, reverse=...)} with a key function the evaluator supplies (the runtime cannot call
     * Python functions itself); {@code args} must not hold a {@code key} keyword then. A null key sorts the items.
     */
    public static void sort(PyList list, Arguments args, UnaryOperator<PyObject> key) {
        if (args.size() > 0) {
            throw PythonError.typeError("sort() takes no positional arguments");
        }
        args.onlyKeywords("sort", Set.of("key", "reverse"));
        Builtins.sortInPlace(list, !index(args.keyword("reverse", PyBool.FALSE)).isZero(), key);
    }

    private static PyObject tupleMethod(PyTuple tuple, String name, Arguments args) {
        return switch (name) {
            case "count" -> PyInt.of(count(tuple.items(), args.single("tuple.count")));
            case "index" -> {
                args.noKeywords("tuple.index").positionalCount("index", 1, 1);
                int at = find(tuple.items(), args.get(0));
                if (at < 0) {
                    throw PythonError.valueError("tuple.index(x): x not in tuple");
                }
                yield PyInt.of(at);
            }
            default -> throw noAttribute(tuple, name);
        };
    }

    private static PyObject stringMethod(PyStr s, String name, Arguments args) {
        String text = s.value();
        return switch (name) {
            case "upper" -> PyStr.of(noArguments("str.upper", args, s).value().toUpperCase(Locale.ROOT));
            case "lower" -> PyStr.of(noArguments("str.lower", args, s).value().toLowerCase(Locale.ROOT));
            case "strip", "lstrip", "rstrip" -> strip(s, name, args);
            case "join" -> join(s, args.single("str.join"));
            case "split" -> split(s, args);
            case "replace" -> replace(s, args);
            case "startswith", "endswith" -> {
                args.noKeywords("str." + name).positionalCount(name, 1, 1);
                yield PyBool.of(affixMatches(text, name, args.get(0)));
            }
            case "find", "index" -> {
                args.noKeywords("str." + name).positionalCount(name, 1, 1);
                int at = text.indexOf(string(args.get(0)));
                if (at < 0 && name.equals("index")) {
                    throw PythonError.valueError("substring not found");
                }
                yield PyInt.of(at < 0 ? -1 : text.codePointCount(0, at));
            }
            case "count" -> {
                args.noKeywords("str.count");
                if (args.size() == 0) {
                    throw PythonError.typeError("count() takes at least 1 argument (0 given)");
                }
                if (args.size() > 1) {
                    throw new NotSupportedException("str.count() with start or end");
                }
                yield PyInt.of(occurrences(s, string(args.get(0))));
            }
            case "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum" ->
                    PyBool.of(classify(noArguments("str." + name, args, s), name));
            case "zfill" -> {
                args.noKeywords("str.zfill").positionalCount("zfill", 1, 1);
                yield zfill(s, index(args.get(0)).clampToLong());
            }
            case "center", "ljust", "rjust" -> justify(s, name, args);
            default -> throw noAttribute(s, name);
        };
    }

    private static <T> T noArguments(String name, Arguments args, T receiver) {
        args.noKeywords(name);
        if (args.size() > 0) {
            throw PythonError.typeError(name + "() takes no arguments (" + args.size() + " given)");
        }
        return receiver;
    }

    private static PyInt index(PyObject value) {
        PyInt i = Operators.intLike(value);
        if (i == null) {
            throw PythonError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    private static int find(List<PyObject> items, PyObject value) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == value || Comparisons.eq(items.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static long count(List<PyObject> items, PyObject value) {
        long n = 0;
        for (PyObject item : items) {
            if (item == value || Comparisons.eq(item, value)) {
                n++;
            }
        }
        return n;
    }

    private static String string(PyObject value) {
        if (value instanceof PyStr s) {
            return s.value();
        }
        throw PythonError.typeError("must be str, not " + value.typeName());
    }

    private static PyStr strip(PyStr s, String name, Arguments args) {
        args.noKeywords("str." + name).positionalCount(name, 0, 1);
        PyObject chars = args.get(0, PyNone.NONE);
        if (chars != PyNone.NONE && !(chars instanceof PyStr)) {
            throw PythonError.typeError(name + " arg must be None or str");
        }
        int[] cps = s.value().codePoints().toArray();
        int from = 0;
        int to = cps.length;
        boolean left = !name.equals("rstrip");
        boolean right = !name.equals("lstrip");
        while (left && from < to && stripped(cps[from], chars)) {
            from++;
        }
        while (right && to > from && stripped(cps[to - 1], chars)) {
            to--;
        }
        return PyStr.of(new String(cps, from, to - from));
    }

    private static boolean stripped(int codePoint, PyObject chars) {
        return chars instanceof PyStr set ? set.value().codePoints().anyMatch(c -> c == codePoint)
                : Conversions.isSpace(codePoint);
    }

    private static PyStr join(PyStr separator, PyObject iterable) {
        if (!Sequences.isIterable(iterable)) {
            throw PythonError.typeError("can only join an iterable");
        }
        StringBuilder out = new StringBuilder();
        Iterator<PyObject> items = Sequences.iterate(iterable);
        for (int i = 0; items.hasNext(); i++) {
            PyObject item = items.next();
            if (!(item instanceof PyStr part)) {
                throw PythonError.typeError("sequence item " + i + ": expected str instance, " + item.typeName()
                        + " found");
            }
            if (i > 0) {
                out.append(separator.value());
            }
            out.append(part.value());
            RuntimeLimits.checkLength(out.length(), "the joined string");
        }
        return PyStr.of(out.toString());
    }

    private static PyList split(PyStr s, Arguments args) {
        PyObject[] bound = args.bind("split", List.of("sep", "maxsplit"), 0);
        PyObject sep = bound[0] == null ? PyNone.NONE : bound[0];
        long maxSplit = bound[1] == null ? -1 : index(bound[1]).clampToLong();
        if (maxSplit < 0) {
            maxSplit = Long.MAX_VALUE;
        }
        List<PyObject> parts = new ArrayList<>();
        String text = s.value();
        if (sep == PyNone.NONE) {
            int[] cps = text.codePoints().toArray();
            int i = 0;
            while (true) {
                while (i < cps.length && Conversions.isSpace(cps[i])) {
                    i++;
                }
                if (i == cps.length) {
                    break;
                }
                if (parts.size() == maxSplit) {
                    // Past maxsplit the rest is one part, trailing whitespace included, as in CPython.
                    parts.add(PyStr.of(new String(cps, i, cps.length - i)));
                    break;
                }
                int start = i;
                while (i < cps.length && !Conversions.isSpace(cps[i])) {
                    i++;
                }
                parts.add(PyStr.of(new String(cps, start, i - start)));
            }
            return PyList.copyOf(parts);
        }
        String separator = string(sep);
        if (separator.isEmpty()) {
            throw PythonError.valueError("empty separator");
        }
        int from = 0;
        int at;
        while (parts.size() < maxSplit && (at = text.indexOf(separator, from)) >= 0) {
            parts.add(PyStr.of(text.substring(from, at)));
            from = at + separator.length();
        }
        parts.add(PyStr.of(text.substring(from)));
        return PyList.copyOf(parts);
    }

    private static PyStr replace(PyStr s, Arguments args) {
        args.noKeywords("str.replace").positionalCount("replace", 2, 3);
        String old = string(args.get(0));
        String replacement = string(args.get(1));
        long limit = args.size() == 3 ? index(args.get(2)).clampToLong() : -1;
        if (limit < 0) {
            limit = Long.MAX_VALUE;
        }
        String text = s.value();
        StringBuilder out = new StringBuilder();
        long done = 0;
        if (old.isEmpty()) {
            // An empty pattern matches before every code point and at the end.
            int i = 0;
            while (i < text.length()) {
                if (done < limit) {
                    out.append(replacement);
                    done++;
                }
                int cp = text.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                RuntimeLimits.checkLength(out.length(), "the replaced string");
            }
            if (done < limit) {
                out.append(replacement);
            }
            return PyStr.of(out.toString());
        }
        int from = 0;
        int at;
        while (done < limit && (at = text.indexOf(old, from)) >= 0) {
            out.append(text, from, at).append(replacement);
            RuntimeLimits.checkLength(out.length(), "the replaced string");
            from = at + old.length();
            done++;
        }
        return PyStr.of(out.append(text, from, text.length()).toString());
    }

    private static boolean affixMatches(String text, String name, PyObject affix) {
        if (affix instanceof PyStr a) {
            return name.equals("startswith") ? text.startsWith(a.value()) : text.endsWith(a.value());
        }
        if (affix instanceof PyTuple options) {
            for (PyObject option : options.items()) {
                if (!(option instanceof PyStr o)) {
                    throw PythonError.typeError("tuple for " + name + " must only contain str, not "
                            + option.typeName());
                }
                if (name.equals("startswith") ? text.startsWith(o.value()) : text.endsWith(o.value())) {
                    return true;
                }
            }
            return false;
        }
        throw PythonError.typeError(name + " first arg must be str or a tuple of str, not " + affix.typeName());
    }

    private static long occurrences(PyStr s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1L;
        }
        long n = 0;
        for (int at = s.value().indexOf(sub); at >= 0; at = s.value().indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static boolean classify(PyStr s, String name) {
        String text = s.value();
        if (name.equals("isspace")) {
            return !text.isEmpty() && text.codePoints().allMatch(Conversions::isSpace);
        }
        if (!text.chars().allMatch(c -> c < 128)) {
            throw new NotSupportedException("str." + name + "() of non-ASCII text");
        }
        return switch (name) {
            case "isdigit" -> !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
            case "isalpha" -> !text.isEmpty() && text.chars().allMatch(Methods::asciiLetter);
            case "isalnum" -> !text.isEmpty() && text.chars().allMatch(c -> asciiLetter(c) || (c >= '0' && c <= '9'));
            case "isupper" -> text.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                    && text.chars().noneMatch(c -> c >= 'a' && c <= 'z');
            default -> text.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                    && text.chars().noneMatch(c -> c >= 'A' && c <= 'Z');
        };
    }

    private static boolean asciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static PyStr zfill(PyStr s, long width) {
        long fill = width - s.length();
        if (fill <= 0) {
            return s;
        }
        RuntimeLimits.checkLength(width, "the padded string");
        String text = s.value();
        boolean signed = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-');
        String zeros = "0".repeat((int) fill);
        return PyStr.of(signed ? text.charAt(0) + zeros + text.substring(1) : zeros + text);
    }

    private static PyStr justify(PyStr s, String name, Arguments args) {
        args.noKeywords("str." + name).positionalCount(name, 1, 2);
        long width = index(args.get(0)).clampToLong();
        PyObject fillArg = args.get(1, PyStr.ofCodePoint(' '));
        if (!(fillArg instanceof PyStr fill)) {
            throw PythonError.typeError(name + "() argument 2 must be str, not " + fillArg.typeName());
        }
        if (fill.length() != 1) {
            throw PythonError.typeError("The fill character must be exactly one character long");
        }
        long padding = width - s.length();
        if (padding <= 0) {
            return s;
        }
        RuntimeLimits.checkLength(width, "the padded string");
        // CPython centres with the extra character on the left when both the padding and the width are odd.
        long left = switch (name) {
            case "rjust" -> padding;
            case "ljust" -> 0;
            default -> padding / 2 + (padding & width & 1);
        };
        String f = fill.value();
        return PyStr.of(f.repeat((int) left) + s.value() + f.repeat((int) (padding - left)));
    }
}
