package io.seedancerunner.simulator.support;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What {@link HookReceiver} got, and how many deliveries it should refuse first. */
@Singleton
public class HookInbox {

  /**
   * One received callback.
   *
   * @param name      the path segment after /test-hooks/
   * @param body      the raw body
   * @param signature the x-seedance-signature header, or null
   * @param atMillis  when it arrived (System.currentTimeMillis)
   */
  public record Received(String name, String body, String signature, long atMillis) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger refuse = new AtomicInteger();

  /** @param r a callback that arrived */
  void add(Received r) {
    received.add(r);
  }

  /** @return true when this delivery should be answered 500 */
  boolean refuseThis() {
    return refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  /** @param n how many next deliveries to answer with 500 */
  public void refuseNext(int n) {
    refuse.set(n);
  }

  /**
   * @param name receiver name
   * @return the callbacks that reached it, oldest first
   */
  public List<Received> named(String name) {
    return received.stream().filter(r -> r.name().equals(name)).toList();
  }
}
