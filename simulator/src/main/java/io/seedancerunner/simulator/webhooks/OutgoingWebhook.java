package io.seedancerunner.simulator.webhooks;

import io.seedancerunner.simulator.Dialect;
import java.util.Map;

/**
 * One callback to POST.
 *
 * @param dialect the dialect whose payload it is
 * @param taskId  the task it is about (for logs; the URL may carry a secret token)
 * @param url     where to POST it
 * @param body    the exact JSON bytes to send (and sign)
 * @param headers extra headers, for example {@code x-seedance-signature}
 */
public record OutgoingWebhook(Dialect dialect, String taskId, String url, byte[] body, Map<String, String> headers) {

  /** Copies the header map. */
  public OutgoingWebhook {
    headers = Map.copyOf(headers);
  }
}
