package dev.codelive.codelive.backend;

/** Snippets that exercise the parallel knob's three shapes, shared by the backends' parallel tests. */
public final class ParallelSamples {
    /** A reduction. */
    public static final String SUM = "print(sum(i * i for i in range(10**6)))\n";
    /** A filtered map. */
    public static final String MAP = "print([i * 2 for i in range(100) if i % 3])\n";
    /** An accumulator loop. */
    public static final String LOOP = "total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)\n";
    /** Nested loops in the workers: over ranges (one computed from the outer variable), a list, and unpacked pairs. */
    public static final String NESTED = """
            xs = [4, -2, 7, 1, 8]
            total = 0
            evens = 0
            for i in range(30):
                for j in range(i, 0, -4):
                    total += i * j
                for x in xs:
                    if (x + i) % 2 == 0:
                        evens += x * i
            print(total, evens)
            t = 0
            for a, b in [(1, 2), (3, 4), (5, -6)]:
                for k in range(a, b * 3):
                    t += a * k - b
            print(t)
            """;

    private ParallelSamples() {}
}
