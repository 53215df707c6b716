package io.seedancerunner.simulator.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;

/** A test-only webhook receiver at {@code POST /test-hooks/{name}}. */
@Controller("/test-hooks")
public class HookReceiver {

  private final HookInbox inbox;

  /** @param inbox where to record callbacks */
  public HookReceiver(HookInbox inbox) {
    this.inbox = inbox;
  }

  /**
   * @param name      receiver name
   * @param body      raw body
   * @param signature open-api signature header
   * @return 200, or 500 while refusing
   */
  @Post("/{name}")
  public HttpResponse<String> receive(String name, @Body String body,
      @Nullable @Header("x-seedance-signature") String signature) {
    if (inbox.refuseThis()) {
      return HttpResponse.serverError("refused by test");
    }
    inbox.add(new HookInbox.Received(name, body, signature, System.currentTimeMillis()));
    return HttpResponse.ok("ok");
  }
}
