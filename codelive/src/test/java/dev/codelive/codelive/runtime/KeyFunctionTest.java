package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Sorting and min/max by a key function: CPython computes each key once, in order, then compares keys only and keeps
 * equal keys in their original order (also in reverse). Java's stable sort is the oracle for the order.
 */
class KeyFunctionTest {
    private static final UnaryOperator<PyObject> MOD_7 = item -> BinaryOp.MOD.apply(item, PyInt.of(7));

    @Test
    void sortingByKeyIsStableInBothDirections() {
        Random random = new Random(42);
        for (int size : new int[] {0, 1, 2, 5, 63, 64, 65, 200, 1000}) {
            List<PyObject> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(PyInt.of(random.nextInt(100)));
            }
            Comparator<PyObject> byKey = Comparator.comparingLong(item -> ((PyInt) MOD_7.apply(item)).longValue());
            List<PyObject> ascending = new ArrayList<>(items);
            ascending.sort(byKey);
            List<PyObject> descending = new ArrayList<>(items);
            descending.sort(byKey.reversed());
            PyList list = PyList.copyOf(items);
            assertThat(Builtins.sorted(list, false, MOD_7).items()).as("size %d", size).isEqualTo(ascending);
            assertThat(Builtins.sorted(list, true, MOD_7).items()).as("size %d reversed", size).isEqualTo(descending);
            Builtins.sortInPlace(list, false, MOD_7);
            assertThat(list.items()).isEqualTo(ascending);
        }
    }

    @Test
    void eachKeyIsComputedOnceInOrder() {
        List<PyObject> seen = new ArrayList<>();
        UnaryOperator<PyObject> recording = item -> {
            seen.add(item);
            return UnaryOp.NEG.apply(item);
        };
        PyList items = PyList.of(PyInt.of(3), PyInt.of(1), PyInt.of(2));
        assertThat(Builtins.sorted(items, false, recording).items())
                .containsExactly(PyInt.of(3), PyInt.of(2), PyInt.of(1));
        assertThat(seen).containsExactly(PyInt.of(3), PyInt.of(1), PyInt.of(2));
    }

    @Test
    void minAndMaxByKeyKeepTheFirstOfEqualKeys() {
        List<PyObject> items = List.of(PyInt.of(8), PyInt.of(1), PyInt.of(15), PyInt.of(6), PyInt.of(13));
        // Keys (mod 7): 1, 1, 1, 6, 6.
        assertThat(Builtins.min(items, null, MOD_7)).isEqualTo(PyInt.of(8));
        assertThat(Builtins.max(items, null, MOD_7)).isEqualTo(PyInt.of(6));
        assertThat(Builtins.max(List.of(new PyList()), PyStr.of("none"), MOD_7)).isEqualTo(PyStr.of("none"));
    }
}
