package io.seedancerunner.api.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's title and security schemes. micronaut-openapi writes the document from
 * the controllers at build time ({@code META-INF/swagger/seedance-runner-api-<version>.yml});
 * {@link OpenApiController} serves it at {@code /openapi.yml}. Every operation needs the bearer
 * credential (an API key or a JWT) unless it says otherwise (webhooks, frames, health).
 */
@OpenAPIDefinition(
    info = @Info(title = "seedance-runner-api", version = ApiDocument.VERSION,
        description = "Durable Seedance 2.0 video generations: clips, storyboards, budgets, webhooks."),
    security = @SecurityRequirement(name = ApiDocument.BEARER))
@SecurityScheme(name = ApiDocument.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "An API key (seedance keys create) or a JWT from the studio's identity provider, as "
        + "Authorization: Bearer <credential>")
public final class ApiDocument {

  /** The document's version; part of the generated file's name. */
  public static final String VERSION = "0.1.0";
  /** The classpath resource micronaut-openapi writes. */
  public static final String RESOURCE = "META-INF/swagger/seedance-runner-api-" + VERSION + ".yml";

  /** The security scheme's name. */
  public static final String BEARER = "bearer";

  private ApiDocument() {}
}
