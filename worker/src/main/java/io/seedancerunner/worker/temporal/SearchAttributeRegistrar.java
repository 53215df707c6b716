package io.seedancerunner.worker.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the project's custom search attributes on the namespace before any worker runs, so
 * that a workflow's upsert never fails (Temporal docs, "Search Attributes": a custom attribute
 * must exist on the namespace first). Only missing attributes are added: the server refuses a
 * request naming one that exists. Works against the CLI dev server, the in-process test server and
 * a cluster; where the caller lacks the permission (a production cluster whose admin tools
 * registered them, see docker-compose.yml) it logs a warning and carries on.
 */
final class SearchAttributeRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(SearchAttributeRegistrar.class);

  private SearchAttributeRegistrar() {}

  /**
   * @param stubs      connection to the server
   * @param namespace  the namespace, for example {@code default}
   * @param attributes name → indexed type
   */
  static void ensure(WorkflowServiceStubs stubs, String namespace, Map<String, IndexedValueType> attributes) {
    OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder()
        .setChannel(stubs.getRawChannel()).validateAndBuildWithDefaults());
    try {
      Map<String, IndexedValueType> missing = new LinkedHashMap<>(attributes);
      try {
        operator.blockingStub().listSearchAttributes(ListSearchAttributesRequest.newBuilder()
            .setNamespace(namespace).build()).getCustomAttributesMap().keySet().forEach(missing::remove);
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
          throw e;
        }
        // The in-process test server adds but cannot list: add each, tolerating "exists".
      }
      for (Map.Entry<String, IndexedValueType> a : missing.entrySet()) {
        try {
          operator.blockingStub().addSearchAttributes(AddSearchAttributesRequest.newBuilder()
              .setNamespace(namespace).putSearchAttributes(a.getKey(), a.getValue()).build());
        } catch (StatusRuntimeException e) {
          if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
            throw e;
          }
        }
      }
      if (!missing.isEmpty()) {
        LOG.info("registered search attributes {} on namespace {}", missing.keySet(), namespace);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not register search attributes {} on namespace {} ({}); register them with "
          + "'temporal operator search-attribute create' or the compose admin tools", attributes.keySet(), namespace,
          e.getMessage());
    } finally {
      operator.shutdown();
    }
  }
}
