package dev.podium.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener the way every cross-module listener is written (after commit, own transaction), that tests can make fail:
 * it counts the deliveries that completed per key.
 */
@Component
class ProbeListener {

    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ProbeEvent event) {
        AtomicInteger failures = failuresLeft.get(event.key());
        if (failures != null && failures.getAndDecrement() > 0) {
            throw new IllegalStateException("probe " + event.key() + " fails as told");
        }
        delivered.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
    }

    void failNext(String key, int times) {
        failuresLeft.put(key, new AtomicInteger(times));
    }

    int deliveries(String key) {
        AtomicInteger count = delivered.get(key);
        return count == null ? 0 : count.get();
    }
}
