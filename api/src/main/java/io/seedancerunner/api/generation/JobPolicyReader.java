package io.seedancerunner.api.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.config.ProviderAccounts;
import io.seedancerunner.workflows.catalog.DialectCatalogue;
import io.seedancerunner.workflows.catalog.FieldError;
import io.seedancerunner.workflows.catalog.RequestCheck;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.JobPolicy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the job-policy fields of a {@code POST /v1/generations} body: {@code tenant} (default
 * {@code seedance.default-tenant}), {@code maxAttempts} (1..10, default
 * {@value JobPolicy#DEFAULT_MAX_ATTEMPTS}) and {@code fallbacks}
 * ({@code [{"provider":"sim-ark","model":"..."}]}, at most 5). Each fallback step is checked
 * against its account's catalogue like the request itself, so a chain that cannot run is refused
 * with a 400 before the job starts ({@code fallbacks[1].model}, ...).
 */
@Singleton
public class JobPolicyReader {

  /** Tenant ids: letters, digits, {@code . _ -}, 1..64 characters (they become workflow ids). */
  public static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  /** The message every endpoint gives for a tenant id outside {@link #TENANT}. */
  public static final String TENANT_RULE = "tenant must be 1..64 letters, digits, '.', '_' or '-'";
  /** Most fallback steps. */
  static final int MAX_FALLBACKS = 5;

  private final ProviderAccounts accounts;
  private final ApiSettings settings;

  /** Wires the parts. */
  public JobPolicyReader(ProviderAccounts accounts, ApiSettings settings) {
    this.accounts = accounts;
    this.settings = settings;
  }

  /**
   * @param body    the request body
   * @param request the request read from it, the first step of the chain; null when it is
   *                invalid (then each fallback is checked for its shape and provider only, so a
   *                400 still lists the policy fields with the request's)
   * @param errors  where invalid fields are added
   * @return the policy; meaningful only when no error was added
   */
  public JobPolicy read(ObjectNode body, GenerationRequest request, List<FieldError> errors) {
    FieldReader in = new FieldReader(body, errors);
    String tenant = in.string("tenant", List.of(TENANT.pattern()));
    if (tenant != null && !TENANT.matcher(tenant).matches()) {
      errors.add(new FieldError("tenant", TENANT_RULE, List.of(TENANT.pattern())));
    }
    Integer max = in.integer("maxAttempts", List.of("1.." + JobPolicy.MAX_ATTEMPTS_LIMIT));
    if (max != null && (max < 1 || max > JobPolicy.MAX_ATTEMPTS_LIMIT)) {
      errors.add(new FieldError("maxAttempts", "maxAttempts must be 1.." + JobPolicy.MAX_ATTEMPTS_LIMIT + ", got " + max,
          List.of("1.." + JobPolicy.MAX_ATTEMPTS_LIMIT)));
    }
    List<JobPolicy.Fallback> fallbacks = fallbacks(body.get("fallbacks"), request, errors);
    return new JobPolicy(tenant != null ? tenant : settings.defaultTenant(),
        max != null ? max : JobPolicy.DEFAULT_MAX_ATTEMPTS, fallbacks);
  }

  private List<JobPolicy.Fallback> fallbacks(JsonNode node, GenerationRequest request, List<FieldError> errors) {
    List<JobPolicy.Fallback> steps = new ArrayList<>();
    if (node == null || node.isNull()) {
      return steps;
    }
    if (!node.isArray() || node.size() > MAX_FALLBACKS) {
      errors.add(new FieldError("fallbacks", "fallbacks must be an array of at most " + MAX_FALLBACKS
          + " objects {provider, model}", List.of("[{\"provider\":\"<account>\",\"model\":\"<model id>\"}]")));
      return steps;
    }
    GenerationRequest step = request;
    for (int i = 0; i < node.size(); i++) {
      String field = "fallbacks[" + i + "]";
      JsonNode item = node.get(i);
      String provider = text(item, "provider");
      String model = text(item, "model");
      if (!item.isObject() || provider == null && model == null) {
        errors.add(new FieldError(field, field + " must name a provider, a model or both", accounts.names()));
        continue;
      }
      if (step == null) {
        if (provider != null && accounts.find(provider).isEmpty()) {
          errors.add(new FieldError(field + ".provider", "unknown provider '" + provider + "'", accounts.names()));
        }
        steps.add(new JobPolicy.Fallback(provider, model));
        continue;
      }
      GenerationRequest moved = provider == null ? step : step.withProvider(provider);
      DialectCatalogue cat = accounts.find(moved.provider()).flatMap(accounts::catalogue).orElse(null);
      if (cat == null) {
        errors.add(new FieldError(field + ".provider", "unknown provider '" + provider + "'", accounts.names()));
        continue;
      }
      moved = model == null ? moved : moved.withModel(model);
      for (FieldError e : RequestCheck.check(cat, moved)) {
        errors.add(new FieldError(field + "." + e.field(), field + " on " + moved.provider() + ": " + e.message(),
            e.allowed()));
      }
      steps.add(new JobPolicy.Fallback(provider, model));
      step = moved;
    }
    return steps;
  }

  private static String text(JsonNode item, String name) {
    JsonNode n = item == null ? null : item.get(name);
    return n != null && n.isTextual() && !n.textValue().isBlank() ? n.textValue().strip() : null;
  }
}
