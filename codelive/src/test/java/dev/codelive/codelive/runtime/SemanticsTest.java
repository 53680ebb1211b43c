package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Behaviour that the CPython conformance corpus cannot express as one expression: aliasing and mutation, identity,
 * laziness, self-referencing containers, and the refusals.
 */
class SemanticsTest {

    @Test
    void iteratingAListSeesItemsAppendedDuringTheLoop() {
        PyList list = PyList.of(PyInt.ONE, PyInt.of(2));
        Iterator<PyObject> it = Sequences.iterate(list);
        List<PyObject> seen = new ArrayList<>();
        while (it.hasNext()) {
            PyObject item = it.next();
            seen.add(item);
            if (seen.size() <= 2) {
                list.append(BinaryOp.MUL.apply(item, PyInt.of(10)));
            }
        }
        assertThat(Repr.repr(PyList.copyOf(seen))).isEqualTo("[1, 2, 10, 20]");
    }

    @Test
    void extendingAListWithItselfDoublesItOnce() {
        PyList list = PyList.of(PyInt.ONE, PyInt.of(2));
        assertThat(Operators.inPlace(BinaryOp.ADD, list, list)).isSameAs(list);
        assertThat(Repr.repr(list)).isEqualTo("[1, 2, 1, 2]");
        Methods.call(list, "extend", Arguments.of(list));
        assertThat(list.size()).isEqualTo(8);
        Sequences.setSlice(list, PyNone.NONE, PyNone.NONE, PyNone.NONE, list);
        assertThat(list.size()).isEqualTo(8);
    }

    @Test
    void inPlaceOperatorsMutateListsAndRebindEverythingElse() {
        PyList list = PyList.of(PyInt.ONE);
        PyObject alias = list;
        Operators.inPlace(BinaryOp.MUL, list, PyInt.of(3));
        assertThat(Repr.repr(alias)).isEqualTo("[1, 1, 1]");
        PyTuple tuple = PyTuple.of(PyInt.ONE);
        PyObject grown = Operators.inPlace(BinaryOp.ADD, tuple, PyTuple.of(PyInt.of(2)));
        assertThat(Repr.repr(tuple)).isEqualTo("(1,)");
        assertThat(Repr.repr(grown)).isEqualTo("(1, 2)");
    }

    @Test
    void containersThatContainThemselvesPrintLikeCPython() {
        PyList list = PyList.of(PyInt.ONE);
        list.append(list);
        assertThat(Repr.repr(list)).isEqualTo("[1, [...]]");
        PyList inner = new PyList();
        PyTuple tuple = PyTuple.of(inner);
        inner.append(tuple);
        assertThat(Repr.repr(tuple)).isEqualTo("([(...)],)");
        assertThat(Repr.repr(inner)).isEqualTo("[([...],)]");
    }

    @Test
    void deeplyNestedContainersRaiseRecursionErrorInsteadOfOverflowingTheStack() {
        PyList outer = nested(5_000);
        assertThatThrownBy(() -> Repr.repr(outer))
                .isInstanceOfSatisfying(PythonError.class, e -> assertThat(e.type()).isEqualTo("RecursionError"))
                .hasMessage("RecursionError: maximum recursion depth exceeded while getting the repr of an object");
        assertThatThrownBy(() -> Comparisons.eq(outer, nested(5_000)))
                .hasMessage("RecursionError: maximum recursion depth exceeded in comparison");
        assertThat(Comparisons.eq(nested(500), nested(500))).isTrue();
        assertThat(Repr.repr(nested(3))).isEqualTo("[[[[]]]]");
    }

    /** [[[...]]] nested depth times, built fresh so that no two calls share a list. */
    private static PyList nested(int depth) {
        PyList outer = new PyList();
        PyList current = outer;
        for (int i = 0; i < depth; i++) {
            PyList next = new PyList();
            current.append(next);
            current = next;
        }
        return outer;
    }

    @Test
    void chainsEvaluateOperandsLazilyAndStopAtTheFirstFalseComparison() {
        AtomicInteger evaluated = new AtomicInteger();
        List<PyObject> operands = List.of(PyInt.of(3), PyInt.of(2), PyStr.of("never compared"));
        boolean result = Comparisons.chain(PyInt.ONE, List.of(CompareOp.LT, CompareOp.LT, CompareOp.LT), i -> {
            evaluated.incrementAndGet();
            return operands.get(i);
        });
        assertThat(result).isFalse();
        assertThat(evaluated).hasValue(2);
    }

    @Test
    void listEqualityUsesIdentityBeforeEqualityLikeCPython() {
        PyFloat nan = PyFloat.of(Double.NaN);
        assertThat(Comparisons.eq(nan, nan)).isFalse();
        assertThat(Comparisons.eq(PyList.of(nan), PyList.of(nan))).isTrue();
        assertThat(Comparisons.eq(PyList.of(nan), PyList.of(PyFloat.of(Double.NaN)))).isFalse();
        assertThat(Sequences.contains(PyList.of(nan), nan)).isTrue();
        assertThat(Comparisons.eq(PyList.of(PyMath.NAN), PyList.of(PyMath.NAN))).isTrue();
    }

    @Test
    void identityIsAnsweredForNoneBoolsAndListsAndRefusedForImmutableValues() {
        PyList list = new PyList();
        assertThat(CompareOp.IS.test(list, list)).isTrue();
        assertThat(CompareOp.IS.test(list, new PyList())).isFalse();
        assertThat(CompareOp.IS.test(PyNone.NONE, PyNone.NONE)).isTrue();
        assertThat(CompareOp.IS_NOT.test(PyInt.ZERO, PyNone.NONE)).isTrue();
        assertThatThrownBy(() -> CompareOp.IS.test(PyInt.of(1000), PyInt.of(1000)))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("'is' between int and int");
        assertThatThrownBy(() -> CompareOp.IS.test(PyStr.of("a"), PyStr.of("a")))
                .isInstanceOf(NotSupportedException.class);
    }

    @Test
    void equalNumbersHashAlikeAcrossIntFloatAndBool() {
        assertThat(Builtins.hash(PyInt.ONE)).isEqualTo(Builtins.hash(PyFloat.ONE)).isEqualTo(Builtins.hash(PyBool.TRUE));
        PyObject big = BinaryOp.POW.apply(PyInt.of(2), PyInt.of(80));
        assertThat(Builtins.hash(big)).isEqualTo(Builtins.hash(PyFloat.of(0x1p80)));
        assertThat(Builtins.hash(PyInt.of(-1))).isEqualTo(PyInt.of(-2));
        assertThat(Builtins.hash(PyTuple.of(PyInt.ONE, PyFloat.of(2.0))))
                .isEqualTo(Builtins.hash(PyTuple.of(PyBool.TRUE, PyInt.of(2))));
        assertThatThrownBy(() -> Builtins.hash(PyNone.NONE)).isInstanceOf(NotSupportedException.class);
        assertThatThrownBy(() -> Builtins.hash(PyFloat.of(Double.NaN))).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void valuesPythonTreatsAsImmutableCannotBeChangedThroughTheirViews() {
        PyTuple tuple = PyTuple.of(PyInt.ONE);
        assertThatThrownBy(() -> tuple.items().add(PyInt.ZERO)).isInstanceOf(UnsupportedOperationException.class);
        PyList list = PyList.of(PyInt.ONE);
        assertThatThrownBy(() -> list.items().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<PyObject> source = new ArrayList<>(List.of(PyInt.ONE));
        PyTuple copy = PyTuple.copyOf(source);
        source.add(PyInt.ZERO);
        assertThat(copy.size()).isEqualTo(1);
    }

    @Test
    void intsSwitchRepresentationAtTheLongBoundaryWithoutChangingValue() {
        PyInt max = PyInt.of(Long.MAX_VALUE);
        PyInt beyond = max.add(PyInt.ONE);
        assertThat(beyond.fitsLong()).isFalse();
        assertThat(beyond.toString()).isEqualTo("9223372036854775808");
        PyInt back = beyond.subtract(PyInt.ONE);
        assertThat(back.fitsLong()).isTrue();
        assertThat(back).isEqualTo(max);
        assertThat(PyInt.of(Long.MIN_VALUE).negate().toString()).isEqualTo("9223372036854775808");
        assertThat(PyInt.of(Long.MIN_VALUE).multiply(PyInt.of(-1))).isEqualTo(beyond);
        assertThat(PyInt.of(Long.MIN_VALUE).abs()).isEqualTo(beyond);
    }

    @Test
    void theRuntimeRefusesWhatItDoesNotModel() {
        assertThatThrownBy(() -> BuiltinFunction.SORTED.call(new Arguments(List.of(new PyList()),
                Map.of("key", PyStr.of("len"))))).isInstanceOf(NotSupportedException.class);
        assertThatThrownBy(() -> Repr.repr(Builtins.enumerate(new PyList(), PyInt.ZERO)))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("not supported yet: the repr of a enumerate object (CPython prints its memory address)");
        assertThatThrownBy(() -> BinaryOp.POW.apply(PyFloat.of(-8.0), PyFloat.of(0.5)))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("complex numbers");
        assertThatThrownBy(() -> BinaryOp.MOD.apply(PyStr.of("%d"), PyInt.ONE))
                .isInstanceOf(NotSupportedException.class);
    }

    @Test
    void builtinsAndMathAreFoundByTheirPythonNames() {
        assertThat(BuiltinFunction.named("len")).contains(BuiltinFunction.LEN);
        assertThat(BuiltinFunction.named("print")).isEmpty();
        assertThat(BuiltinFunction.named("eval")).isEmpty();
        assertThat(MathFunction.named("isqrt")).contains(MathFunction.ISQRT);
        assertThat(MathFunction.constant("pi")).contains(PyMath.PI);
        assertThat(MathFunction.constant("floor")).isEmpty();
        StringBuilder out = new StringBuilder();
        PyObject result = BuiltinFunction.print(new Arguments(List.of(PyInt.ONE, PyStr.of("a")),
                Map.of("end", PyStr.EMPTY)), out);
        assertThat(result).isEqualTo(PyNone.NONE);
        assertThat(out).hasToString("1 a");
    }
}
