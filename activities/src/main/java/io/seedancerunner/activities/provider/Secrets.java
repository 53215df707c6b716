package io.seedancerunner.activities.provider;

import java.util.regex.Pattern;

/**
 * Removes secrets from text that may reach a log line or workflow history (provider error
 * messages may echo what they were sent). docs/decisions.md: nothing secret enters history or logs.
 */
public final class Secrets {

  /** The token segment of a webhook URL built by {@code WebhookTokens.callbackUrl}. */
  private static final Pattern WEBHOOK_TOKEN = Pattern.compile("(/v1/webhooks/\\S*?/)[0-9a-fA-F]{32}");

  private Secrets() {}

  /**
   * @param text    text from a provider, or {@code null}
   * @param secrets literal secrets to remove (api keys); nulls and blanks are skipped
   * @return the text with every secret and every webhook token replaced by {@code [redacted]}
   */
  public static String scrub(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        out = out.replace(secret, "[redacted]");
      }
    }
    return WEBHOOK_TOKEN.matcher(out).replaceAll("$1[redacted]");
  }
}
