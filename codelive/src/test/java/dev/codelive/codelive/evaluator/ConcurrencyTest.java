package dev.codelive.codelive.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.evaluator.Snippets.Snippet;
import dev.codelive.codelive.runtime.NotSupportedException;
import dev.codelive.codelive.syntax.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One evaluator and the same parsed modules, used from several threads at once, give the sequential results. */
class ConcurrencyTest {
    private static final int THREADS = 6;
    private static final int ROUNDS = 3;

    @Test
    void concurrentEvaluationsAgreeWithSequentialOnes() throws Exception {
        ReferenceEvaluator evaluator = new ReferenceEvaluator();
        Map<String, Module> modules = new LinkedHashMap<>();
        Map<String, String> sequential = new LinkedHashMap<>();
        for (Snippet snippet : Snippets.in("evaluator")) {
            Module module = Evaluating.parse(snippet.source());
            modules.put(snippet.name(), module);
            sequential.put(snippet.name(), outcome(evaluator, module));
        }
        List<Callable<Map<String, String>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            workers.add(() -> {
                List<String> names = new ArrayList<>(modules.keySet());
                Map<String, String> results = new LinkedHashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < names.size(); i++) {
                        // Each worker starts elsewhere, so different snippets really overlap.
                        String name = names.get((i + offset * 17) % names.size());
                        String result = outcome(evaluator, modules.get(name));
                        String earlier = results.putIfAbsent(name, result);
                        if (earlier != null && !earlier.equals(result)) {
                            results.put(name, "differs between rounds");
                        }
                    }
                }
                return results;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Map<String, String>> future : pool.invokeAll(workers)) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everything observable about one evaluation. */
    private static String outcome(ReferenceEvaluator evaluator, Module module) {
        try {
            Evaluation evaluation = evaluator.evaluate(module, Evaluating.BUDGET);
            return evaluation.stdout() + "|" + evaluation.error() + "|" + evaluation.steps();
        } catch (NotSupportedException e) {
            return e.getMessage();
        }
    }
}
