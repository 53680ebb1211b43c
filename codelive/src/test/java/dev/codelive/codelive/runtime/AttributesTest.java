package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.testing.Python3;
import dev.codelive.codelive.testing.RequiresPython3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribute lists are CPython's, and a method CPython has but the runtime lacks is refused, not reported as
 * missing.
 */
class AttributesTest {
    private static final String DIR_OF_EACH_TYPE = """
            objects = [[], (), '', 0, 0.0, True, None, range(0), (x for x in ()), zip(), enumerate(()), iter([]),
                       iter(()), iter(''), iter('é'), iter(range(0)), reversed([]), reversed(())]
            for o in objects:
                print(type(o).__name__ + ": " + " ".join(sorted(dir(o))))
            """;

    @Test
    @RequiresPython3
    void theListsAreCPythons() throws IOException {
        List<String> expected = Python3.run(DIR_OF_EACH_TYPE, List.of());
        try (InputStream in = Attributes.class.getResourceAsStream("attributes.txt")) {
            List<String> actual = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void unmodelledMethodsAreRefusedAndMissingOnesAreAttributeErrors() {
        assertThatThrownBy(() -> Methods.call(PyStr.of("ab"), "title", Arguments.of()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("not supported yet: str.title");
        assertThatThrownBy(() -> Methods.call(PyStr.of("ab"), "push", Arguments.of()))
                .isInstanceOf(PythonError.class)
                .hasMessage("AttributeError: 'str' object has no attribute 'push'");
        assertThatThrownBy(() -> Methods.call(PyInt.ONE, "bit_length", Arguments.of()))
                .isInstanceOf(NotSupportedException.class);
        assertThat(Attributes.exists(new PyList(), "append")).isTrue();
        assertThat(Attributes.exists(new PyList(), "push")).isFalse();
        assertThat(Attributes.exists(PyNone.NONE, "__class__")).isTrue();
    }
}
