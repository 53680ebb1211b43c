package dev.codelive.codelive.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * A stable sort that asks only Python's {@code <}, following CPython's {@code listsort}: the same runs, binary
 * insertion and reverse handling, so short lists (under 64 items) make exactly CPython's comparisons, in order, and
 * a TypeError between mixed types names the operands in CPython's order. Longer lists merge runs without galloping:
 * the result is the same for any consistent order.
 */
final class ListSort {
    private static final int MIN_MERGE = 64;

    private ListSort() {}

    /** The items sorted ascending (or descending, stably, when {@code reverse}). */
    static PyObject[] sorted(List<PyObject> items, boolean reverse) {
        PyObject[] a = items.toArray(new PyObject[0]);
        if (reverse) {
            reverse(a, 0, a.length);
        }
        sort(a);
        if (reverse) {
            reverse(a, 0, a.length);
        }
        return a;
    }

    private static void sort(PyObject[] a) {
        int n = a.length;
        if (n < 2) {
            return;
        }
        int minRun = minRun(n);
        int[] runStarts = new int[n + 1];
        int runs = 0;
        int lo = 0;
        while (lo < n) {
            int run = countRun(a, lo, n);
            if (run < 0) {
                run = -run;
                reverse(a, lo, lo + run);
            }
            if (run < minRun) {
                int force = Math.min(minRun, n - lo);
                binarySort(a, lo, lo + force, lo + run);
                run = force;
            }
            runStarts[runs++] = lo;
            lo += run;
        }
        runStarts[runs] = n;
        mergeAll(a, runStarts, runs);
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
    private static int countRun(PyObject[] a, int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (Comparisons.lt(a[lo + 1], a[lo])) {
            for (int i = lo + 2; i < hi && Comparisons.lt(a[i], a[i - 1]); i++) {
                n++;
            }
            return -n;
        }
        for (int i = lo + 2; i < hi && !Comparisons.lt(a[i], a[i - 1]); i++) {
            n++;
        }
        return n;
    }

    /** Binary insertion of a[start:hi] into the sorted a[lo:start], placing equal items after their peers. */
    private static void binarySort(PyObject[] a, int lo, int hi, int start) {
        for (; start < hi; start++) {
            PyObject pivot = a[start];
            int l = lo;
            int r = start;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (Comparisons.lt(pivot, a[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            System.arraycopy(a, l, a, l + 1, start - l);
            a[l] = pivot;
        }
    }

    private static void mergeAll(PyObject[] a, int[] runStarts, int runs) {
        int[] starts = Arrays.copyOf(runStarts, runs + 1);
        int count = runs;
        while (count > 1) {
            int merged = 0;
            for (int i = 0; i < count; i += 2) {
                if (i + 1 < count) {
                    merge(a, starts[i], starts[i + 1], starts[i + 2]);
                }
                starts[merged++] = starts[i];
            }
            starts[merged] = starts[count];
            count = merged;
        }
    }

    /** Merges the sorted a[lo:mid] and a[mid:hi], taking from the left run on ties to stay stable. */
    private static void merge(PyObject[] a, int lo, int mid, int hi) {
        PyObject[] left = Arrays.copyOfRange(a, lo, mid);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < left.length && j < hi) {
            a[k++] = Comparisons.lt(a[j], left[i]) ? a[j++] : left[i++];
        }
        while (i < left.length) {
            a[k++] = left[i++];
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
