package io.seedancerunner.api.studio;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.seedancerunner.api.generation.JobIds;
import io.seedancerunner.api.config.ApiSettings;
import io.seedancerunner.api.security.TenantGuard;
import io.seedancerunner.api.storyboards.StoryboardLookup;
import io.seedancerunner.workflows.storyboard.StoryboardWorkflow;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.filter.v1.WorkflowTypeFilter;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the storyboards a caller may see, newest first, from Temporal's visibility: every
 * {@code StoryboardWorkflow} execution (latest run per id), its owner read from the memo
 * ({@link JobIds#MEMO_TENANT}; none means {@code seedance.default-tenant}). Uses
 * {@code ListWorkflowExecutions}; a server without it (the SDK's test server) is asked with
 * {@code ListOpen}/{@code ListClosedWorkflowExecutions}. At most {@link #MAX_SCANNED} executions
 * are read.
 */
@Singleton
public class StoryboardCatalog {

  /** Most executions read for one listing. */
  static final int MAX_SCANNED = 2000;

  /**
   * One listed storyboard.
   *
   * @param storyboardId the id
   * @param tenant       its owner
   * @param startedAt    when its (latest) run started
   */
  public record Entry(String storyboardId, String tenant, Instant startedAt) {}

  private final WorkflowClient client;
  private final String defaultTenant;
  private final StoryboardLookup lookup;
  private final TenantGuard guard;

  /** Wires the parts. */
  public StoryboardCatalog(WorkflowClient client, ApiSettings settings, StoryboardLookup lookup, TenantGuard guard) {
    this.client = client;
    this.lookup = lookup;
    this.guard = guard;
    this.defaultTenant = settings.defaultTenant();
  }

  /**
   * @param tenant the tenant whose storyboards to list, or null for every tenant's
   * @return the storyboards, newest first, one per id
   * @throws io.temporal.client.WorkflowServiceException or {@link StatusRuntimeException} when
   *     Temporal cannot be reached
   */
  public List<Entry> list(String tenant) {
    List<WorkflowExecutionInfo> infos;
    try {
      infos = listed();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
        throw e;
      }
      infos = openAndClosed();
    }
    java.util.Map<String, Entry> latest = new java.util.LinkedHashMap<>();
    for (WorkflowExecutionInfo info : infos) {
      Entry e = new Entry(info.getExecution().getWorkflowId(), owner(info),
          Instant.ofEpochSecond(info.getStartTime().getSeconds(), info.getStartTime().getNanos()));
      latest.merge(e.storyboardId(), e, (a, b) -> a.startedAt().isAfter(b.startedAt()) ? a : b);
    }
    return latest.values().stream().filter(e -> tenant == null || tenant.equals(e.tenant()))
        .sorted(Comparator.comparing(Entry::startedAt).reversed()).toList();
  }

  private List<WorkflowExecutionInfo> listed() {
    List<WorkflowExecutionInfo> out = new ArrayList<>();
    com.google.protobuf.ByteString token = com.google.protobuf.ByteString.EMPTY;
    do {
      var answer = client.getWorkflowServiceStubs().blockingStub().listWorkflowExecutions(
          ListWorkflowExecutionsRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
              .setQuery("WorkflowType = '" + StoryboardWorkflow.TYPE + "'").setPageSize(500)
              .setNextPageToken(token).build());
      out.addAll(answer.getExecutionsList());
      token = answer.getNextPageToken();
    } while (!token.isEmpty() && out.size() < MAX_SCANNED);
    return out;
  }

  private List<WorkflowExecutionInfo> openAndClosed() {
    var stub = client.getWorkflowServiceStubs().blockingStub();
    String namespace = client.getOptions().getNamespace();
    WorkflowTypeFilter type = WorkflowTypeFilter.newBuilder().setName(StoryboardWorkflow.TYPE).build();
    List<WorkflowExecutionInfo> out = new ArrayList<>(stub.listOpenWorkflowExecutions(
        ListOpenWorkflowExecutionsRequest.newBuilder().setNamespace(namespace).setTypeFilter(type)
            .setMaximumPageSize(MAX_SCANNED).build()).getExecutionsList());
    out.addAll(stub.listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest.newBuilder()
        .setNamespace(namespace).setTypeFilter(type).setMaximumPageSize(MAX_SCANNED).build()).getExecutionsList());
    return out;
  }

  private String owner(WorkflowExecutionInfo info) {
    Payload p = info.getMemo().getFieldsMap().get(JobIds.MEMO_TENANT);
    if (p == null) {
      // a listing without memos (the SDK's test server): the description has it
      return lookup.describe(info.getExecution().getWorkflowId()).map(guard::owner).orElse(defaultTenant);
    }
    String t = client.getOptions().getDataConverter().fromPayload(p, String.class, String.class);
    return t == null ? defaultTenant : t;
  }
}
