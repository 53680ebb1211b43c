package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a hostile snippet could make enormous are refused with {@link EvaluationBudgetException} before the work
 * is done, while the same operations on sizes CPython programs really use still compute.
 */
class BudgetTest {
    private static final PyInt TWO = PyInt.of(2);

    @Test
    void hugePowersAreRefusedButLargeOnesCompute() {
        assertThatThrownBy(() -> BinaryOp.POW.apply(TWO, PyInt.of(10_000_000)))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: ");
        assertThatThrownBy(() -> BinaryOp.POW.apply(PyInt.of(3), BinaryOp.POW.apply(PyInt.of(10), PyInt.of(30))))
                .isInstanceOf(EvaluationBudgetException.class);
        PyInt large = (PyInt) BinaryOp.POW.apply(TWO, PyInt.of(100_000));
        assertThat(large.bitLength()).isEqualTo(100_001);
    }

    @Test
    void trivialBasesRaisedToHugeExponentsStillCompute() {
        PyObject googol = BinaryOp.POW.apply(PyInt.of(10), PyInt.of(100));
        assertThat(BinaryOp.POW.apply(PyInt.ONE, googol)).isEqualTo(PyInt.ONE);
        assertThat(BinaryOp.POW.apply(PyInt.of(-1), BinaryOp.ADD.apply(googol, PyInt.ONE))).isEqualTo(PyInt.of(-1));
        assertThat(BinaryOp.POW.apply(PyInt.ZERO, googol)).isEqualTo(PyInt.ZERO);
    }

    @Test
    void hugeProductsShiftsAndFactorialsAreRefused() {
        PyInt half = (PyInt) BinaryOp.LSHIFT.apply(PyInt.ONE, PyInt.of(RuntimeLimits.MAX_INT_BITS / 2 + 10));
        assertThatThrownBy(() -> BinaryOp.MUL.apply(half, half)).isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> BinaryOp.LSHIFT.apply(PyInt.ONE, PyInt.of(RuntimeLimits.MAX_INT_BITS + 1)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> PyMath.factorial(PyInt.of(10_000_000)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThat(PyMath.factorial(PyInt.of(5_000)).bitLength()).isGreaterThan(50_000);
    }

    @Test
    void hugeSequencesAreRefused() {
        assertThatThrownBy(() -> BinaryOp.MUL.apply(PyStr.of("ab"), PyInt.of(1_000_000_000)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> BinaryOp.MUL.apply(PyList.of(PyInt.ZERO), PyInt.of(100_000_000)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> BinaryOp.MUL.apply(PyTuple.of(PyInt.ZERO, PyInt.ONE), PyInt.of(Long.MAX_VALUE)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> Builtins.list(PyRange.of(100_000_000)))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThat(Builtins.list(PyRange.of(1_000_000)).size()).isEqualTo(1_000_000);
    }

    @Test
    void hugeFormatWidthsAndPrecisionsAreRefused() {
        assertThatThrownBy(() -> Formatter.format(PyInt.ONE, "100000000"))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> Formatter.format(PyStr.of("x"), ">100000000"))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> Formatter.format(PyFloat.of(1.5), ".1000000f"))
                .isInstanceOf(EvaluationBudgetException.class);
        assertThat(Formatter.format(PyFloat.of(0.1), ".60f")).startsWith("0.1000000000000000055511151231257827");
    }

    @Test
    void rangesBeyondSixtyFourBitsAreRefusedNotApproximated() {
        PyInt big = (PyInt) BinaryOp.POW.apply(TWO, PyInt.of(70));
        assertThatThrownBy(() -> Builtins.range(List.of(big))).isInstanceOf(NotSupportedException.class);
        assertThatThrownBy(() -> PyRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 1))
                .isInstanceOf(NotSupportedException.class);
        assertThatThrownBy(() -> PyRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 2))
                .isInstanceOf(NotSupportedException.class);
        PyRange quarter = PyRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 4);
        assertThat(quarter.length()).isEqualTo(1L << 62);
        assertThat(Sequences.getItem(quarter, PyInt.of(-1))).isEqualTo(PyInt.of(Long.MAX_VALUE - 3));
    }

    @Test
    void longLoopsStopWhenTheThreadIsInterrupted() {
        PyList row = PyList.copyOf(Collections.nCopies(1_000_000, PyInt.ZERO));
        PyList a = PyList.copyOf(Collections.nCopies(1_000, row));
        PyList b = PyList.copyOf(Collections.nCopies(1_000, PyList.copyOf(row.items())));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Builtins.sum(PyRange.of(Long.MAX_VALUE), PyInt.ZERO))
                    .isInstanceOf(EvaluationBudgetException.class)
                    .hasMessage("evaluation budget exceeded: time (the evaluation was interrupted)");
            assertThatThrownBy(() -> Comparisons.eq(a, b)).isInstanceOf(EvaluationBudgetException.class);
            assertThatThrownBy(() -> Builtins.sorted(a, false)).isInstanceOf(EvaluationBudgetException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(Builtins.sum(PyRange.of(10_000), PyInt.ZERO)).isEqualTo(PyInt.of(49_995_000));
    }

    @Test
    void reprsOfListsSharingItemsAreBounded() {
        PyList row = PyList.copyOf(Collections.nCopies(1_000, PyInt.ZERO));
        PyList square = PyList.copyOf(Collections.nCopies(1_000, row));
        PyList cube = PyList.copyOf(Collections.nCopies(1_000, square));
        assertThatThrownBy(() -> Repr.repr(cube))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: the repr would have more than");
        assertThat(Repr.repr(square)).hasSize(1_000 * (2 + 3 * 1_000 - 2) + 2 * 999 + 2);
    }

    @Test
    void bigIntOperationsOfMoreThanLinearCostAreBounded() {
        PyObject hugeExponent = BinaryOp.POW.apply(TWO, PyInt.of(1_000_000));
        PyObject wideModulus = BinaryOp.POW.apply(PyInt.of(10), PyInt.of(300_000));
        assertThatThrownBy(() -> Builtins.pow(PyInt.of(3), hugeExponent, wideModulus))
                .isInstanceOf(EvaluationBudgetException.class)
                .hasMessageStartingWith("evaluation budget exceeded: pow() with a 1000001-bit exponent and a 996579-bit"
                        + " modulus would take too long");
        PyObject rsaSized = BinaryOp.POW.apply(TWO, PyInt.of(2048));
        assertThat(Builtins.pow(PyInt.of(3), rsaSized, BinaryOp.ADD.apply(rsaSized, PyInt.of(1))))
                .isInstanceOf(PyInt.class);
        PyObject a = BinaryOp.POW.apply(PyInt.of(3), PyInt.of(600_000));
        PyObject b = BinaryOp.POW.apply(PyInt.of(7), PyInt.of(350_000));
        assertThatThrownBy(() -> PyMath.gcd(List.of(a, b))).isInstanceOf(EvaluationBudgetException.class);
        assertThatThrownBy(() -> PyMath.lcm(List.of(a, b))).isInstanceOf(EvaluationBudgetException.class);
        PyObject c = BinaryOp.POW.apply(PyInt.of(3), PyInt.of(20_000));
        assertThat(PyMath.gcd(List.of(c, BinaryOp.MUL.apply(c, PyInt.of(5))))).isEqualTo(c);
    }
}
