package io.seedancerunner.activities.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * The runner's own metrics, recorded into Micrometer's global registry (the worker adds the
 * registry {@code GET /prometheus} shows to it). Labels are bounded: dialect, account and provider
 * names come from configuration, endpoints and outcomes from fixed lists, HTTP statuses are codes.
 * No label carries a key, a prompt, a job id or a task id.
 *
 * <ul>
 *   <li>{@value #PROVIDER_CALLS} (timer): one provider HTTP call; labels {@code dialect},
 *       {@code account}, {@code endpoint} ({@code submit} or {@code read}), {@code method},
 *       {@code status} (HTTP code, or {@code none} when no answer came);</li>
 *   <li>{@value #DOWNLOAD_BYTES} (summary, bytes) and {@value #DOWNLOAD_THROUGHPUT} (summary,
 *       bytes per second): one finished download; label {@code provider}.</li>
 * </ul>
 */
public final class RunnerMetrics {

  /** Prometheus: {@code seedance_provider_calls_seconds_count/_sum/_max}. */
  public static final String PROVIDER_CALLS = "seedance.provider.calls";
  /** Prometheus: {@code seedance_download_bytes_count/_sum/_max}. */
  public static final String DOWNLOAD_BYTES = "seedance.download.bytes";
  /** Prometheus: {@code seedance_download_throughput_bytes_per_second_count/_sum/_max}. */
  public static final String DOWNLOAD_THROUGHPUT = "seedance.download.throughput";

  private RunnerMetrics() {}

  /**
   * @param dialect  the account's dialect
   * @param account  the account name
   * @param endpoint {@code submit} or {@code read}
   * @param method   HTTP method
   * @param status   HTTP status code, or 0 when no answer came
   * @param took     from send to answer
   */
  public static void providerCall(String dialect, String account, String endpoint, String method, int status,
      Duration took) {
    Timer.builder(PROVIDER_CALLS)
        .description("Provider HTTP calls, by dialect, account, endpoint and HTTP status")
        .tag("dialect", dialect).tag("account", account).tag("endpoint", endpoint.toLowerCase(Locale.ROOT))
        .tag("method", method).tag("status", status == 0 ? "none" : String.valueOf(status))
        .register(Metrics.globalRegistry)
        .record(took);
  }

  /**
   * @param provider the provider account the clip came from
   * @param bytes    the file's size
   * @param took     how long the download took
   */
  public static void download(String provider, long bytes, Duration took) {
    DistributionSummary.builder(DOWNLOAD_BYTES).baseUnit("bytes").description("Downloaded clip sizes")
        .tag("provider", provider).register(Metrics.globalRegistry).record(bytes);
    double seconds = Math.max(took.toNanos(), 1) / 1e9;
    DistributionSummary.builder(DOWNLOAD_THROUGHPUT).baseUnit("bytes_per_second")
        .description("Download throughput per clip").tag("provider", provider)
        .register(Metrics.globalRegistry).record(bytes / seconds);
  }
}
