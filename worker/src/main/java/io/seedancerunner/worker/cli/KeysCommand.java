package io.seedancerunner.worker.cli;

import io.seedancerunner.api.generation.JobPolicyReader;
import io.seedancerunner.api.security.Role;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code seedance keys create --tenant T --role R [--name N]}: makes a new API key, prints it once
 * and the config lines that register its SHA-256 (README "Security"). Nothing is stored: the
 * runner learns the key only from the config lines the operator adds.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage API keys.",
    subcommands = KeysCommand.Create.class)
public class KeysCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code seedance keys create}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Print a new API key once, and the configuration lines to add for it.")
  public static class Create implements Callable<Integer> {

    @Option(names = "--tenant", required = true, description = "The tenant the key acts for.")
    String tenant;

    @Option(names = "--role", required = true, description = "viewer, submitter or operator.")
    String role;

    @Option(names = "--name", description = "The entry's name in config (default <tenant>-<role>-<4 hex>).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      Role r = Role.parse(role).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "--role must be one of " + Role.ids() + ", not '" + role + "'"));
      if (!JobPolicyReader.TENANT.matcher(tenant).matches()) {
        throw new ParameterException(spec.commandLine(), "--tenant: " + JobPolicyReader.TENANT_RULE);
      }
      String key = LocalOperatorKey.newKey();
      String entry = name != null ? name : tenant + "-" + r.id() + "-" + key.substring(4, 8);
      if (!entry.matches("[a-z0-9-]{1,64}")) {
        throw new ParameterException(spec.commandLine(), "--name must be 1..64 of a-z 0-9 -");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("New API key for tenant " + tenant + ", role " + r.id() + " (shown once; store it now):");
      out.println();
      out.println("  " + key);
      out.println();
      out.println("Add these lines to the runner's application.yml (only the SHA-256 is stored) and restart it:");
      out.println();
      out.println("seedance:");
      out.println("  api:");
      out.println("    keys:");
      out.println("      " + entry + ":");
      out.println("        sha256: " + LocalOperatorKey.sha256(key));
      out.println("        tenant: " + tenant);
      out.println("        role: " + r.id());
      out.println();
      out.println("Callers send it as `Authorization: Bearer <key>`; the CLI reads it from env " + ApiUrl.KEY_ENV + ".");
      out.flush();
      return 0;
    }
  }
}
