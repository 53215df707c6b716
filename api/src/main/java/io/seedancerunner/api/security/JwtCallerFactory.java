package io.seedancerunner.api.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.seedancerunner.api.generation.JobPolicyReader;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a JWT from the studio's identity provider into a {@link Caller}: Micronaut Security JWT
 * has already checked its signature against the JWKS named in config
 * ({@code micronaut.security.token.jwt.signatures.jwks.<name>.url}) and its expiry; this reads the
 * tenant from the claim {@code seedance.api.jwt.tenant-claim} (default {@code tenant}) and the
 * role from {@code seedance.api.jwt.role-claim} (default {@code role}: one role id, or a list of
 * which the highest known one counts). A token without a valid tenant or a known role
 * authenticates nobody (401).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class JwtCallerFactory implements JwtAuthenticationFactory {

  private static final Logger LOG = LoggerFactory.getLogger(JwtCallerFactory.class);

  private final String tenantClaim;
  private final String roleClaim;

  /**
   * @param tenantClaim the claim holding the tenant id
   * @param roleClaim   the claim holding the role (viewer, submitter or operator)
   */
  public JwtCallerFactory(@Value("${seedance.api.jwt.tenant-claim:tenant}") String tenantClaim,
      @Value("${seedance.api.jwt.role-claim:role}") String roleClaim) {
    this.tenantClaim = tenantClaim;
    this.roleClaim = roleClaim;
  }

  @Override
  public Optional<Authentication> createAuthentication(JWT token) {
    try {
      JWTClaimsSet claims = token.getJWTClaimsSet();
      Object tenant = claims.getClaim(tenantClaim);
      Optional<Role> role = role(claims.getClaim(roleClaim));
      if (!(tenant instanceof String t) || !JobPolicyReader.TENANT.matcher(t).matches() || role.isEmpty()) {
        LOG.debug("JWT of subject {} refused: claim {} must be a tenant id and claim {} one of {}", claims.getSubject(),
            tenantClaim, roleClaim, Role.ids());
        return Optional.empty();
      }
      String subject = claims.getSubject() == null ? "jwt" : claims.getSubject();
      return Optional.of(Caller.authentication("jwt:" + subject, t, role.get()));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Role> role(Object claim) {
    if (claim instanceof String s) {
      return Role.parse(s);
    }
    if (claim instanceof Collection<?> many) {
      return many.stream().map(o -> Role.parse(String.valueOf(o))).flatMap(Optional::stream)
          .max(Comparator.naturalOrder());
    }
    return Optional.empty();
  }
}
