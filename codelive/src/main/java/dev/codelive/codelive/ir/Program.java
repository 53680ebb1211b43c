package dev.codelive.codelive.ir;

import java.util.List;

/**
 * A whole snippet, typed: its functions, the module-level code (which backends put in their entry point) and the
 * variables of that code.
 *
 * @param globals every module-level variable, in order of first store
 * @param hoisted the globals no statement of {@code main} declares: a backend declares them before {@code main}'s
 *     code (at module level, where functions see them, if they are in {@code globalsReadByFunctions})
 * @param globalsReadByFunctions module-level variables that some function reads
 * @param intWidth the width every int gets in this program
 */
public record Program(List<Function> functions, List<Stmt> main, List<Variable> globals, List<Variable> hoisted,
                      List<Variable> globalsReadByFunctions, IntWidth intWidth) {
    public Program {
        functions = List.copyOf(functions);
        main = List.copyOf(main);
        globals = List.copyOf(globals);
        hoisted = List.copyOf(hoisted);
        globalsReadByFunctions = List.copyOf(globalsReadByFunctions);
    }

    /**
     * How wide ints are. The snippet takes no input, so the reference evaluator's run is the only run there is: when
     * every int it produced fits in 62 bits (headroom for parallel partial sums, whose chunks are differences of two
     * prefix sums), 64-bit ints are proven to hold every value of the rendered program; within 126 bits, 128-bit
     * ints; otherwise the program needs the target's arbitrary-precision integers.
     */
    public enum IntWidth {
        I64,
        I128,
        BIG
    }
}
