package dev.codelive.codelive.runtime;

import dev.codelive.codelive.testing.RequiresPython3;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Integer arithmetic against CPython on seeded random operands of every size, from small to several hundred bits and
 * straddling the 64-bit boundary where the runtime switches representation, both signs; and int-float mixes near
 * 2**53 and beyond, where only exact comparison is right.
 */
@RequiresPython3
class IntegerConformanceTest {
    private static final long SEED = 77_2024L;
    private static final List<String> OPERATORS = List.of("add", "sub", "mul", "floordiv", "mod", "truediv", "and_",
            "or_", "xor", "lt", "eq", "ge");

    @TestFactory
    Stream<DynamicTest> agreesWithCPython() {
        Random random = new Random(SEED);
        List<Conformance.Case> cases = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            String op = OPERATORS.get(i % OPERATORS.size());
            cases.add(new Conformance.Case("operator." + op + "(" + integer(random) + ", " + integer(random) + ")",
                    false));
        }
        for (int i = 0; i < 150; i++) {
            cases.add(new Conformance.Case("divmod(" + integer(random) + ", " + integer(random) + ")", false));
            cases.add(new Conformance.Case("operator.pow(" + integer(random, 40) + ", " + random.nextInt(40) + ")",
                    false));
            cases.add(new Conformance.Case("pow(" + integer(random) + ", " + integer(random, 70) + ", "
                    + integer(random, 70) + ")", false));
            cases.add(new Conformance.Case("operator.lshift(" + integer(random) + ", " + random.nextInt(200) + ")",
                    false));
            cases.add(new Conformance.Case("operator.rshift(" + integer(random) + ", " + random.nextInt(200) + ")",
                    false));
            cases.add(new Conformance.Case("round(" + integer(random) + ", " + -random.nextInt(25) + ")", false));
            cases.add(new Conformance.Case("int(str(" + integer(random) + "))", false));
            cases.add(new Conformance.Case("float(" + integer(random, 1100) + ")", false));
        }
        for (int i = 0; i < 300; i++) {
            // An int a few units from a large float, compared with that float: rounding it to float would lie.
            int exponent = 50 + random.nextInt(1000);
            BigInteger near = BigInteger.TWO.pow(exponent).add(BigInteger.valueOf(random.nextInt(7) - 3));
            String op = List.of("lt", "le", "eq", "ne", "gt", "ge").get(random.nextInt(6));
            cases.add(new Conformance.Case("operator." + op + "(" + near + ", float(2**" + exponent + "))", false));
            cases.add(new Conformance.Case("operator.truediv(" + integer(random) + ", " + integer(random, 300) + ")",
                    false));
        }
        return Conformance.tests(cases);
    }

    private static String integer(Random random) {
        return integer(random, 200);
    }

    /** A random int of up to maxBits bits, favouring the sizes around 63 and 64 bits, either sign. */
    private static String integer(Random random, int maxBits) {
        int bits = random.nextInt(4) == 0 ? Math.min(maxBits, 62 + random.nextInt(4)) : random.nextInt(maxBits + 1);
        BigInteger value = new BigInteger(bits, random);
        return (random.nextBoolean() ? value.negate() : value).toString();
    }
}
