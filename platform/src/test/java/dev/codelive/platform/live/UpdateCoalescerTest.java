package dev.codelive.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UpdateCoalescerTest {

    private record Delivery(String client, int value, long atNanos) {}

    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());

    private UpdateCoalescer<String, Integer> coalescer(Duration interval) {
        return new UpdateCoalescer<>(interval, (client, value) -> deliveries.add(new Delivery(client, value, System.nanoTime())),
                Executors.newSingleThreadScheduledExecutor(), System::nanoTime);
    }

    private List<Integer> valuesFor(String client) {
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> d.client().equals(client)).map(Delivery::value).toList();
        }
    }

    @Test
    void aBurstCollapsesToFewDeliveriesEndingWithTheNewest() {
        try (UpdateCoalescer<String, Integer> coalescer = coalescer(Duration.ofMillis(100))) {
            for (int i = 1; i <= 500; i++) {
                coalescer.submit("alice", i);
            }

            await().atMost(Duration.ofSeconds(2)).until(() -> valuesFor("alice").contains(500));
            List<Integer> delivered = valuesFor("alice");

            assertThat(delivered.getLast()).isEqualTo(500);
            assertThat(delivered).hasSizeLessThanOrEqualTo(3).isSorted();
        }
    }

    @Test
    void deliveriesToOneClientAreSpacedByTheInterval() throws InterruptedException {
        long intervalNanos = TimeUnit.MILLISECONDS.toNanos(50);
        try (UpdateCoalescer<String, Integer> coalescer = coalescer(Duration.ofMillis(50))) {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
            int value = 0;
            while (System.nanoTime() < end) {
                coalescer.submit("bob", ++value);
                Thread.sleep(2);
            }
            int last = value;
            await().atMost(Duration.ofSeconds(2)).until(() -> valuesFor("bob").contains(last));

            List<Delivery> bob;
            synchronized (deliveries) {
                bob = deliveries.stream().filter(d -> d.client().equals("bob")).toList();
            }
            for (int i = 1; i < bob.size(); i++) {
                // Scheduling may be late, never early; the allowance covers the gap between the clock read and the sink call.
                assertThat(bob.get(i).atNanos() - bob.get(i - 1).atNanos()).isGreaterThan(intervalNanos - TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(bob.size()).as("at most one delivery per 50 ms over 600 ms").isBetween(3, 15);
        }
    }

    @Test
    void clientsAreIndependent() {
        try (UpdateCoalescer<String, Integer> coalescer = coalescer(Duration.ofSeconds(10))) {
            coalescer.submit("alice", 1);
            coalescer.submit("bob", 2);

            await().atMost(Duration.ofSeconds(2)).until(() -> deliveries.size() == 2);
            assertThat(valuesFor("alice")).containsExactly(1);
            assertThat(valuesFor("bob")).containsExactly(2);
        }
    }

    @Test
    void forgettingAClientDropsItsPendingUpdate() throws InterruptedException {
        // A long interval keeps the second update pending until it is forgotten, whatever the scheduling.
        try (UpdateCoalescer<String, Integer> coalescer = coalescer(Duration.ofSeconds(10))) {
            coalescer.submit("carol", 1);
            await().atMost(Duration.ofSeconds(2)).until(() -> valuesFor("carol").size() == 1);
            coalescer.submit("carol", 2);
            coalescer.forget("carol");

            Thread.sleep(300);
            assertThat(valuesFor("carol")).containsExactly(1);
        }
    }

    @Test
    void aSlowSinkNeverRunsTwiceAtOnceForAClient() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        List<Integer> overlaps = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        try (UpdateCoalescer<String, Integer> coalescer = new UpdateCoalescer<>(Duration.ofMillis(5), (client, value) -> {
            if (running.incrementAndGet() > 1) {
                overlaps.add(value);
            }
            inside.countDown();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        }, Executors.newScheduledThreadPool(4), System::nanoTime)) {
            coalescer.submit("dave", 1);
            inside.await();
            for (int i = 2; i < 50; i++) {
                coalescer.submit("dave", i);
                Thread.sleep(1);
            }
            Thread.sleep(300);
            assertThat(overlaps).isEmpty();
        }
    }
}
