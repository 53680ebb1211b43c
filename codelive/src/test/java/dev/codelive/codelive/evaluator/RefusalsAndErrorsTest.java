package dev.codelive.codelive.evaluator;

import static dev.codelive.codelive.evaluator.Evaluating.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Python the runtime does not model is refused with {@link NotSupportedException} (never answered with an exception
 * CPython would not raise), and the exceptions the evaluator reports point at the node that raised them.
 */
class RefusalsAndErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            print(print)                         | using a builtin_function_or_method object as a value here
            def f(): pass\\nprint(f)              | using a function object as a value here
            def f(): pass\\nxs = [f]              | using a function object as a value here
            import os                            | the os module
            import os.path                       | the os.path module
            from collections import deque        | the collections module
            print(isinstance(1, int))            | the builtin name 'isinstance'
            print(dict())                        | the builtin name 'dict'
            print(__file__)                      | the builtin name '__file__'
            print('abc'.title())                 | str.title
            print((5).bit_length())              | int.bit_length
            append = [].append                   | the attribute list.append as a value
            from math import atan2               | math.atan2
            import math\\nprint(math.degrees(1))  | math.degrees
            from typing import NoSuchName        | typing.NoSuchName
            from typing import cast\\ncast(int, 1) | calling typing.cast
            import math\\nmath.pi = 3             | setting attributes of a module object
            print(iter([1]))                     | the repr of a list_iterator object (CPython prints its memory address)
            print(1000 is 1000)                  | 'is' between int and int values (their identity is a CPython implementation detail)
            print('%d' % 5)                      | printf-style string formatting with %
            """)
    void unmodelledPythonIsRefused(String source, String construct) {
        assertThatThrownBy(() -> evaluate(source.replace("\\n", "\n")))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("not supported yet: " + construct);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            x = 1 / 0                                  | ZeroDivisionError | 1:5-1:10
            print(undefined)                           | NameError         | 1:7-1:16
            assert 1 > 2, 'no'                         | AssertionError    | 1:1-1:19
            def f():\\n    return [1][3]\\nf()          | IndexError        | 2:12-2:18
            def f():\\n    y = y + 1\\nf()              | UnboundLocalError | 2:9-2:10
            def f(a): pass\\nf()                        | TypeError         | 2:1-2:4
            for x in 5: pass                           | TypeError         | 1:10-1:11
            a, b = [1, 2, 3]                           | ValueError        | 1:1-1:17
            xs = [1]\\nxs.push(2)                       | AttributeError    | 2:1-2:8
            from math import nothing                   | ImportError       | 1:18-1:25
            """)
    void pythonExceptionsPointAtTheNodeThatRaised(String source, String type, String span) {
        Evaluation evaluation = evaluate(source.replace("\\n", "\n"));
        assertThat(evaluation.error()).hasValueSatisfying(error -> {
            assertThat(error.type()).isEqualTo(type);
            assertThat(error.span()).hasToString(span);
        });
    }

    @Test
    void theOutputBeforeAnExceptionIsKept() {
        Evaluation evaluation = evaluate("print('a')\nprint('b', end='')\nprint(1 // 0)\nprint('c')\n");
        assertThat(evaluation.stdout()).isEqualTo("a\nb");
        assertThat(evaluation.completed()).isFalse();
        assertThat(evaluation.error().orElseThrow().traceLine()).isEqualTo("ZeroDivisionError: integer division or "
                + "modulo by zero");
        assertThat(new RaisedError("AssertionError", "", new Span(1, 1, 1, 2)).traceLine())
                .isEqualTo("AssertionError");
    }

    @Test
    void aSingleExpressionPrintsItsValueButNeverNone() {
        assertThat(evaluate("6 * 7").stdout()).isEqualTo("42\n");
        assertThat(evaluate("'text'").stdout()).isEqualTo("text\n");
        assertThat(evaluate("print(1)").stdout()).isEqualTo("1\n");
        assertThat(evaluate("None").stdout()).isEmpty();
        assertThat(evaluate("x = 6 * 7").stdout()).isEmpty();
        assertThat(evaluate("").stdout()).isEmpty();
    }

    @Test
    void argumentsAreChecked() {
        ReferenceEvaluator evaluator = new ReferenceEvaluator();
        assertThatThrownBy(() -> evaluator.evaluate(null, EvaluationBudget.DEFAULTS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> evaluator.evaluate(Evaluating.parse("1"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> evaluator.evaluate(Evaluating.parse("1"), EvaluationBudget.DEFAULTS, null))
                .isInstanceOf(NullPointerException.class);
    }
}
