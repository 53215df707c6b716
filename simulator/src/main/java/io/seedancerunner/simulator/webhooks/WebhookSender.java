package io.seedancerunner.simulator.webhooks;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.seedancerunner.simulator.admin.Stats;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs callbacks with the Micronaut HTTP client, off the request thread: two daemon threads,
 * at most {@value #MAX_PENDING} callbacks waiting (more are dropped and logged). A callback
 * that fails (connection error or non-2xx) is retried 3 times, 1, 2 and 4 s after each failure
 * (the retry rule seed 004 documents; seeds 000 and 001 are silent). Any 2xx counts as
 * delivered. Log lines name the task and the callback host, never the full URL (it may carry
 * a token).
 */
@Singleton
@Requires(property = "simulator.enabled", notEquals = "false")
public class WebhookSender {

  static final int MAX_PENDING = 1000;
  private static final long[] RETRY_DELAYS_SECONDS = {1, 2, 4};
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

  private final HttpClient client;
  private final Stats stats;
  private final ScheduledThreadPoolExecutor executor;
  private final AtomicLong epoch = new AtomicLong();

  /**
   * @param client an HTTP client without a base URL (callback URLs are absolute)
   * @param stats  request statistics
   */
  public WebhookSender(HttpClient client, Stats stats) {
    this.client = client;
    this.stats = stats;
    AtomicInteger n = new AtomicInteger();
    this.executor = new ScheduledThreadPoolExecutor(2, r -> {
      Thread t = new Thread(r, "simulator-webhook-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
  }

  /** @param hook the callback to deliver, now and on failure up to 3 more times */
  public void send(OutgoingWebhook hook) {
    if (executor.getQueue().size() >= MAX_PENDING) {
      LOG.warn("dropping {} webhook for task {}: {} callbacks pending", hook.dialect().id(), hook.taskId(), MAX_PENDING);
      return;
    }
    long current = epoch.get();
    executor.execute(() -> attempt(hook, 0, current));
  }

  private void attempt(OutgoingWebhook hook, int retriesDone, long sentInEpoch) {
    if (epoch.get() != sentInEpoch) {
      return; // the simulator was reset since: forget it
    }
    stats.increment(hook.dialect(), Stats.Counter.WEBHOOK_ATTEMPTS);
    String failure = post(hook);
    if (failure == null) {
      stats.increment(hook.dialect(), Stats.Counter.WEBHOOKS_SENT);
      return;
    }
    if (retriesDone < RETRY_DELAYS_SECONDS.length) {
      long delay = RETRY_DELAYS_SECONDS[retriesDone];
      LOG.info("{} webhook for task {} to {} failed ({}), retry in {} s",
          hook.dialect().id(), hook.taskId(), host(hook.url()), failure, delay);
      executor.schedule(() -> attempt(hook, retriesDone + 1, sentInEpoch), delay, TimeUnit.SECONDS);
    } else {
      stats.increment(hook.dialect(), Stats.Counter.WEBHOOKS_FAILED);
      LOG.warn("{} webhook for task {} to {} abandoned after {} retries ({})",
          hook.dialect().id(), hook.taskId(), host(hook.url()), RETRY_DELAYS_SECONDS.length, failure);
    }
  }

  /** @return null when delivered, else a short reason */
  private String post(OutgoingWebhook hook) {
    try {
      MutableHttpRequest<byte[]> request = HttpRequest.POST(hook.url(), hook.body())
          .contentType(MediaType.APPLICATION_JSON_TYPE);
      hook.headers().forEach(request::header);
      HttpResponse<?> response = client.toBlocking().exchange(request);
      int code = response.code();
      return code >= 200 && code < 300 ? null : "HTTP " + code;
    } catch (HttpClientResponseException e) {
      return "HTTP " + e.code();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static String host(String url) {
    try {
      URI u = URI.create(url);
      return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    } catch (IllegalArgumentException e) {
      return "(bad URL)";
    }
  }

  /** Forgets every pending callback and retry (admin reset). */
  public void reset() {
    epoch.incrementAndGet();
  }

  /** Stops the sender threads. */
  @PreDestroy
  public void stop() {
    executor.shutdownNow();
  }
}
