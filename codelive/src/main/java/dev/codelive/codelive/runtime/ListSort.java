package dev.codelive.codelive.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A stable sort that asks only Python's {@code <}, following CPython's {@code listsort}: the same runs, binary
 * insertion and reverse handling, so short lists (under 64 items) make exactly CPython's comparisons, in order, and
 * a TypeError between mixed types names the operands in CPython's order. Longer lists merge runs without galloping:
 * the result is the same for any consistent order. With a key function, as in CPython, every key is computed first,
 * in order, and the sort compares keys only, moving each item with its key.
 */
final class ListSort {
    private static final int MIN_MERGE = 64;

    /** What the comparisons see. */
    private final PyObject[] keys;
    /** The items, moved in step with their keys; null when the items are their own keys. */
    private final PyObject[] values;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The items sorted ascending (or descending, stably, when {@code reverse}). */
    static PyObject[] sorted(List<PyObject> items, boolean reverse) {
        return sorted(items, reverse, null);
    }

    /** The items sorted by {@code key(item)} (by the items themselves when key is null). */
    static PyObject[] sorted(List<PyObject> items, boolean reverse, UnaryOperator<PyObject> key) {
        PyObject[] values = items.toArray(new PyObject[0]);
        ListSort sort;
        if (key == null) {
            sort = new ListSort(values, null);
        } else {
            PyObject[] keys = new PyObject[values.length];
            for (int i = 0; i < values.length; i++) {
                keys[i] = key.apply(values[i]);
            }
            sort = new ListSort(keys, values);
        }
        if (reverse) {
            sort.reverse(0, values.length);
        }
        sort.sort();
        if (reverse) {
            sort.reverse(0, values.length);
        }
        return values;
    }

    private void sort() {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        int minRun = minRun(n);
        int[] runStarts = new int[n + 1];
        int runs = 0;
        int lo = 0;
        while (lo < n) {
            int run = countRun(lo, n);
            if (run < 0) {
                run = -run;
                reverse(lo, lo + run);
            }
            if (run < minRun) {
                int force = Math.min(minRun, n - lo);
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            runStarts[runs++] = lo;
            lo += run;
        }
        runStarts[runs] = n;
        mergeAll(runStarts, runs);
    }

    /** CPython's {@code merge_compute_minrun}. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run at lo; negative when it is strictly descending. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (Comparisons.lt(keys[lo + 1], keys[lo])) {
            for (int i = lo + 2; i < hi && Comparisons.lt(keys[i], keys[i - 1]); i++) {
                n++;
            }
            return -n;
        }
        for (int i = lo + 2; i < hi && !Comparisons.lt(keys[i], keys[i - 1]); i++) {
            n++;
        }
        return n;
    }

    /** Binary insertion of [start:hi] into the sorted [lo:start], placing equal items after their peers. */
    private void binarySort(int lo, int hi, int start) {
        for (; start < hi; start++) {
            RuntimeLimits.checkInterrupted();
            PyObject pivot = keys[start];
            int l = lo;
            int r = start;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (Comparisons.lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            insert(keys, l, start);
            if (values != null) {
                insert(values, l, start);
            }
        }
    }

    /** Moves a[from] to a[to] (to <= from), shifting a[to:from] up by one. */
    private static void insert(PyObject[] a, int to, int from) {
        PyObject moved = a[from];
        System.arraycopy(a, to, a, to + 1, from - to);
        a[to] = moved;
    }

    private void mergeAll(int[] runStarts, int runs) {
        int[] starts = Arrays.copyOf(runStarts, runs + 1);
        int count = runs;
        while (count > 1) {
            int merged = 0;
            for (int i = 0; i < count; i += 2) {
                if (i + 1 < count) {
                    merge(starts[i], starts[i + 1], starts[i + 2]);
                }
                starts[merged++] = starts[i];
            }
            starts[merged] = starts[count];
            count = merged;
        }
    }

    /** Merges the sorted [lo:mid] and [mid:hi], taking from the left run on ties to stay stable. */
    private void merge(int lo, int mid, int hi) {
        RuntimeLimits.checkInterrupted();
        PyObject[] leftKeys = Arrays.copyOfRange(keys, lo, mid);
        PyObject[] leftValues = values == null ? null : Arrays.copyOfRange(values, lo, mid);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < leftKeys.length && j < hi) {
            if (Comparisons.lt(keys[j], leftKeys[i])) {
                move(k++, j++);
            } else {
                keys[k] = leftKeys[i];
                if (values != null) {
                    values[k] = leftValues[i];
                }
                k++;
                i++;
            }
        }
        while (i < leftKeys.length) {
            keys[k] = leftKeys[i];
            if (values != null) {
                values[k] = leftValues[i];
            }
            k++;
            i++;
        }
    }

    private void move(int to, int from) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    private void reverse(int from, int to) {
        reverse(keys, from, to);
        if (values != null) {
            reverse(values, from, to);
        }
    }

    private static void reverse(PyObject[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
