package dev.codelive.codelive.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.testing.RequiresPython3;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Float repr, str, format and round against CPython on seeded random doubles: arbitrary bit patterns, subnormals,
 * powers of ten and their neighbours, short decimals, exact ties for rounding, and the values around the
 * fixed/exponent boundaries of repr (1e16, 1e-4) and around 2**53.
 */
@RequiresPython3
class FloatConformanceTest {
    private static final long SEED = 20240611L;
    private static final int REPR_CASES = 2000;

    private static final List<Double> DOUBLES = doubles(new Random(SEED));

    @Test
    void theSampleIsLargeAndVaried() {
        assertThat(DOUBLES).hasSize(REPR_CASES);
        assertThat(DOUBLES).anyMatch(d -> d != 0 && Math.abs(d) < Double.MIN_NORMAL);
        assertThat(DOUBLES).anyMatch(d -> Math.abs(d) > 1e300);
        assertThat(DOUBLES).anyMatch(d -> d == 1e16);
    }

    @TestFactory
    Stream<DynamicTest> agreesWithCPython() {
        Random random = new Random(SEED + 1);
        List<Conformance.Case> cases = new ArrayList<>();
        for (double d : DOUBLES) {
            cases.add(new Conformance.Case("repr(" + literal(d) + ")", false));
        }
        for (int i = 0; i < 200; i++) {
            cases.add(new Conformance.Case("str(" + literal(DOUBLES.get(random.nextInt(DOUBLES.size()))) + ")", false));
        }
        for (int i = 0; i < 800; i++) {
            double d = DOUBLES.get(random.nextInt(DOUBLES.size()));
            cases.add(new Conformance.Case("format(" + literal(d) + ", '" + randomSpec(random) + "')", false));
        }
        for (int i = 0; i < 400; i++) {
            double d = i % 2 == 0 ? tie(random) : DOUBLES.get(random.nextInt(DOUBLES.size()));
            cases.add(new Conformance.Case("round(" + literal(d) + ", " + (random.nextInt(26) - 5) + ")", false));
            cases.add(new Conformance.Case("format(" + literal(d) + ", '." + random.nextInt(12) + "f')", false));
        }
        for (String special : List.of("float('inf')", "float('-inf')", "float('nan')", "-0.0", "0.0")) {
            cases.add(new Conformance.Case("repr(" + special + ")", false));
            cases.add(new Conformance.Case("format(" + special + ", '+08.3f')", false));
            cases.add(new Conformance.Case("format(" + special + ", '.3e')", false));
            cases.add(new Conformance.Case("round(" + special + ", 2)", false));
        }
        return Conformance.tests(cases);
    }

    /** A double CPython reads back exactly: its hexadecimal form. */
    private static String literal(double d) {
        return "float.fromhex('" + Double.toHexString(d) + "')";
    }

    private static List<Double> doubles(Random random) {
        List<Double> doubles = new ArrayList<>();
        while (doubles.size() < 600) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                doubles.add(d);
            }
        }
        for (int i = 0; i < 200; i++) {
            long mantissa = random.nextLong() & ((1L << 52) - 1);
            long bits = i < 20 ? (1L << i) : mantissa >>> random.nextInt(52);
            doubles.add(sign(random) * Double.longBitsToDouble(Math.max(bits, 1)));
        }
        for (int k = -323; doubles.size() < 1100; k += 2) {
            double power = Double.parseDouble("1e" + k);
            doubles.add(power);
            doubles.add(random.nextBoolean() ? Math.nextUp(power) : Math.nextDown(power));
        }
        while (doubles.size() < 1500) {
            int digits = 1 + random.nextInt(17);
            StringBuilder decimal = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                decimal.append(random.nextInt(10));
            }
            doubles.add(sign(random) * Double.parseDouble(decimal + "e" + (random.nextInt(60) - 30)));
        }
        while (doubles.size() < 1700) {
            doubles.add(tie(random));
        }
        double[] boundaries = {1e16, 1e-4, 1e-5, 0x1p53, 1e15, 1e17, 9007199254740993.0, 1e22, 1e23, 0.1, 5e-324,
            Double.MAX_VALUE, Double.MIN_NORMAL, 123456789012345.0, 1.2345678901234567e16};
        while (doubles.size() < 1900) {
            double d = boundaries[random.nextInt(boundaries.length)];
            for (int steps = random.nextInt(4); steps > 0; steps--) {
                d = random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d);
            }
            doubles.add(sign(random) * d);
        }
        while (doubles.size() < REPR_CASES) {
            doubles.add((double) (random.nextLong() >> random.nextInt(64)));
        }
        return List.copyOf(doubles);
    }

    /**
     * A value exactly halfway between two decimals of a few places, such as 2.5 or 0.125: an odd multiple of
     * 2**-(p+1) has p+1 decimal places, the last a 5, so rounding it to p places ties.
     */
    private static double tie(Random random) {
        int places = random.nextInt(4);
        long odd = 2L * random.nextInt(100_000) + 1;
        return sign(random) * Math.scalb((double) odd, -(places + 1));
    }

    private static double sign(Random random) {
        return random.nextBoolean() ? 1.0 : -1.0;
    }

    private static String randomSpec(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "." + random.nextInt(21) + "f";
            case 1 -> "." + random.nextInt(18) + "e";
            case 2 -> "." + (1 + random.nextInt(17)) + "g";
            case 3 -> "";
            case 4 -> "." + (1 + random.nextInt(17));
            case 5 -> "." + random.nextInt(5) + "%";
            case 6 -> ",.2f";
            case 7 -> "+.5E";
            case 8 -> "#g";
            case 9 -> "z.1f";
            case 10 -> ">25.3G";
            default -> "020_.4f";
        };
    }
}
