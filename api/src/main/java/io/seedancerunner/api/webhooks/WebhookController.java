package io.seedancerunner.api.webhooks;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.seedancerunner.api.config.ApiProviderAccount;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.api.error.ApiError;
import io.seedancerunner.api.error.ApiException;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.generation.RequestBodyReader;
import io.seedancerunner.workflows.model.ProviderCallback;
import io.seedancerunner.workflows.webhook.WebhookTokens;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/webhooks/{provider}/{jobId}/{token}}: a provider's callback becomes a
 * {@code providerCallback} signal.
 *
 * <ol>
 *   <li>The per-job token must match {@link WebhookTokens#verify} (else 401, nothing signalled).</li>
 *   <li>On an account with a {@code webhook-secret} whose dialect signs its callbacks
 *       ({@link CallbackParser#signsCallbacks}, today {@code open-api}), {@code x-seedance-signature}
 *       must be the body's HMAC (else 401).</li>
 *   <li>The dialect's parser reads the task id and status word; an unreadable body still signals
 *       with both null (our choice: the token already proves the sender knows the job, and the
 *       workflow confirms with the status endpoint before acting).</li>
 *   <li>The signal's event key is sha256 of the raw body, so redeliveries count once.</li>
 * </ol>
 *
 * <p>An unknown or finished job answers 200 {@code {"accepted":false}} so that the provider stops
 * retrying. The token never appears in a log line or an answer.
 */
@Controller("/v1/webhooks")
@Secured(SecurityRule.IS_ANONYMOUS) // providers send no credential: the per-job token and signature guard it
@Requires(property = "seedance.api.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

  private final ProviderAccounts accounts;
  private final CallbackSignaller signaller;
  private final WebhookTokens tokens;
  private final AtomicLong foreign = new AtomicLong();

  /** Wires the parts; without a usable {@code seedance.webhook-token-secret} every callback gets 401. */
  public WebhookController(ProviderAccounts accounts, CallbackSignaller signaller, ApiSettings settings) {
    this.accounts = accounts;
    this.signaller = signaller;
    String secret = settings.webhookTokenSecret();
    if (secret == null || secret.length() < 16) {
      LOG.warn("seedance.webhook-token-secret is unset or shorter than 16 characters: webhooks are refused");
      this.tokens = null;
    } else {
      this.tokens = new WebhookTokens(secret);
    }
  }

  /**
   * The answer to a callback.
   *
   * @param accepted true when the job's workflow was signalled
   * @param jobId    the job id
   * @param reason   why it was not accepted, else null
   */
  public record WebhookAck(boolean accepted, String jobId, String reason) {}

  /**
   * @param provider  the account name
   * @param jobId     the job id, URL-decoded
   * @param token     the per-job token
   * @param body      the raw body
   * @param signature the open-api signature header, or null
   * @return 200 with whether the job was signalled
   */
  @Post(value = "/{provider}/{jobId}/{token}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  public WebhookAck receive(@PathVariable String provider, @PathVariable String jobId, @PathVariable String token,
      @Body @Nullable byte[] body, @Header(WebhookSignature.HEADER) @Nullable String signature) {
    if (tokens == null || !tokens.verify(provider, jobId, token)) {
      throw unauthorized("the webhook token does not match this provider and job");
    }
    byte[] raw = body == null ? new byte[0] : body;
    if (raw.length > RequestBodyReader.MAX_BYTES) {
      throw RequestBodyReader.tooLarge();
    }
    Optional<ApiProviderAccount> account = accounts.find(provider);
    if (account.isEmpty()) {
      LOG.warn("webhook for job {} names provider '{}', which is not configured", jobId, provider);
      return new WebhookAck(false, jobId, "unknown provider");
    }
    String secret = account.get().getWebhookSecret();
    CallbackParser parser = CallbackParsers.forDialect(account.get().getDialect());
    if (parser.signsCallbacks() && secret != null && !secret.isEmpty()
        && !WebhookSignature.verify(secret, raw, signature)) {
      throw unauthorized("the " + WebhookSignature.HEADER + " header is missing or does not match the body");
    }
    ParsedCallback parsed = parser.parse(raw);
    if (signaller.namesAnotherTask(jobId, parsed.providerTaskId())) {
      foreign.incrementAndGet();
      LOG.debug("webhook for job {} ignored: it names task {}, not the job's current task", jobId, parsed.providerTaskId());
      return new WebhookAck(false, jobId, "the callback names another provider task than the job's; it was ignored");
    }
    ProviderCallback callback = new ProviderCallback(JobIds.sha256(raw), parsed.providerTaskId(), parsed.rawStatus());
    if (!signaller.signal(jobId, callback)) {
      LOG.info("webhook for job {} ignored: no running workflow", jobId);
      return new WebhookAck(false, jobId, "no running job with this id; the callback was ignored");
    }
    LOG.info("webhook for job {} signalled (task {}, status {})", jobId, parsed.providerTaskId(), parsed.rawStatus());
    return new WebhookAck(true, jobId, null);
  }

  /** @return signed callbacks ignored since start because they named another task than their job's */
  public long foreignTaskCallbacks() {
    return foreign.get();
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(HttpStatus.UNAUTHORIZED, ApiError.of("unauthorized", message));
  }
}
