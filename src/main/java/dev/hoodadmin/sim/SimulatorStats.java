package dev.hoodadmin.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of what the simulator answered, for tests and benchmarks. Each answer is counted
 * before it is written, so a client that has received a response already sees it counted here.
 */
public final class SimulatorStats {
    private final Map<String, LongAdder> byMethodAndStatus = new ConcurrentHashMap<>();
    private final LongAdder parallelLimitRefusals = new LongAdder();
    private final LongAdder lostResponses = new LongAdder();
    private final AtomicInteger peakInFlight = new AtomicInteger();

    void recordAnswer(String method, int status) {
        byMethodAndStatus.computeIfAbsent(method + " " + status, key -> new LongAdder()).increment();
    }

    void recordParallelLimitRefusal() {
        parallelLimitRefusals.increment();
    }

    void recordLostResponse() {
        lostResponses.increment();
    }

    void observeInFlight(int inFlight) {
        peakInFlight.accumulateAndGet(inFlight, Math::max);
    }

    /** Requests answered or dropped, of any kind. */
    public long requests() {
        return byMethodAndStatus.values().stream().mapToLong(LongAdder::sum).sum() + lostResponses.sum();
    }

    /** Answers with this method (e.g. "PATCH") and status. */
    public long count(String method, int status) {
        LongAdder adder = byMethodAndStatus.get(method + " " + status);
        return adder == null ? 0 : adder.sum();
    }

    /** Answers with this status, whatever the method. */
    public long countStatus(int status) {
        return byMethodAndStatus.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(" " + status))
                .mapToLong(entry -> entry.getValue().sum()).sum();
    }

    /** All 429 answers: window limits and the parallel-request limit. */
    public long tooManyRequests() {
        return countStatus(429);
    }

    /** 429 answers with Retry-After: -1. */
    public long parallelLimitRefusals() {
        return parallelLimitRefusals.sum();
    }

    /** PATCHes and POSTs applied whose connection was then dropped unanswered. */
    public long lostResponses() {
        return lostResponses.sum();
    }

    /** Most authenticated requests the server held at once, counting those refused for exceeding the limit. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** "METHOD status" to count, sorted, e.g. {"GET 200": 12, "PATCH 204": 40}. */
    public Map<String, Long> byMethodAndStatus() {
        Map<String, Long> copy = new TreeMap<>();
        byMethodAndStatus.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    /** Zeroes every counter, e.g. between benchmark phases. */
    public void reset() {
        byMethodAndStatus.clear();
        parallelLimitRefusals.reset();
        lostResponses.reset();
        peakInFlight.set(0);
    }

    @Override
    public String toString() {
        return "SimulatorStats" + byMethodAndStatus() + " lost=" + lostResponses() + " parallelRefusals="
                + parallelLimitRefusals() + " peakInFlight=" + peakInFlight();
    }
}
