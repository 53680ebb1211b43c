package dev.codelive.bench;

import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.Optimization;
import dev.codelive.codelive.knobs.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A named knob setting the Code Live benchmarks render with: {@code off}, one knob on, or {@code all} of them. */
record KnobSetting(String name, Knobs knobs) {

    /** Knobs off, then each knob alone: parallel (with {@code threads}), unsafe, and each optimisation strategy. */
    static List<KnobSetting> eachKnob(int threads) {
        List<KnobSetting> settings = new ArrayList<>();
        settings.add(new KnobSetting("off", new Knobs(false, threads, false, Set.of(), SqlDialect.SQLITE)));
        settings.add(new KnobSetting("parallel", new Knobs(true, threads, false, Set.of(), SqlDialect.SQLITE)));
        settings.add(new KnobSetting("unsafe", new Knobs(false, threads, true, Set.of(), SqlDialect.SQLITE)));
        for (Optimization optimization : Optimization.values()) {
            settings.add(new KnobSetting(optimization.knob(), new Knobs(false, threads, false, Set.of(optimization), SqlDialect.SQLITE)));
        }
        return List.copyOf(settings);
    }

    /** Every knob on: parallel, unsafe and every optimisation strategy. */
    static KnobSetting all(int threads) {
        return new KnobSetting("all", new Knobs(true, threads, true, Set.of(Optimization.values()), SqlDialect.SQLITE));
    }
}
