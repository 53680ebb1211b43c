package dev.codelive.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Where one benchmark thread is in the corpus: each thread walks all of it in order, round and round, from its own
 * random starting point, so every snippet weighs the same in the percentiles and two threads do not render the same
 * snippet in lockstep.
 */
@State(Scope.Thread)
public class CorpusCursor {
    private int next = -1;

    String next(List<String> sources) {
        if (next < 0) {
            next = ThreadLocalRandom.current().nextInt(sources.size());
        }
        String source = sources.get(next);
        next = (next + 1) % sources.size();
        return source;
    }
}
