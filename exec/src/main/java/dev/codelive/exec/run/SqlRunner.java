package dev.codelive.exec.run;

import dev.codelive.exec.sandbox.Bind;
import java.util.List;

/** What SQL adds to a run: the driver inside the sandbox, and the reading of its answer. */
public interface SqlRunner {

    /** The driver's files, shown read-only under /sandbox. */
    List<Bind> binds();

    /** The driver's command line after the interpreter, for these options. */
    List<String> driverArgs(ExecutionOrder.SqlOptions options);

    /** The report with the driver's JSON turned into text output and structured results. */
    ExecutionReport interpret(ExecutionReport raw);
}
