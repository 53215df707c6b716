package io.seedancerunner.workflows.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Learned generation times in memory, for tests: the median once a series holds 20 jobs. */
public final class MemoryPollEstimates implements PollEstimateActivities {

  /** Series key → generation times in seconds, in the order they were added. */
  public final Map<String, List<Long>> series = new ConcurrentHashMap<>();

  @Override
  public Long learnedSeconds(String key) {
    List<Long> s = series.getOrDefault(key, List.of());
    return s.size() < MIN_SAMPLES ? null : s.stream().sorted().toList().get((s.size() - 1) / 2);
  }

  @Override
  public synchronized void finished(String key, long seconds) {
    series.computeIfAbsent(key, k -> new ArrayList<>()).add(seconds);
  }
}
