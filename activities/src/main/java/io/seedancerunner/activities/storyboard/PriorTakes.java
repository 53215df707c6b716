package io.seedancerunner.activities.storyboard;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.seedancerunner.workflows.model.GenerationInput;
import io.seedancerunner.workflows.model.GenerationRequest;
import io.seedancerunner.workflows.model.GenerationResult;
import io.seedancerunner.workflows.storyboard.PriorTake;
import io.seedancerunner.workflows.storyboard.StoryboardActivities;
import io.seedancerunner.workflows.storyboard.StoryboardIds;
import io.seedancerunner.workflows.storyboard.TakeLookup;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link StoryboardActivities#priorTakes}: asks Temporal about the take ids an earlier run of the
 * storyboard may have used. The {@link WorkflowClient} is the process's bean. Temporal client
 * errors (server unreachable) are thrown as they are, so the activity is retried.
 */
@Singleton
public class PriorTakes {

  /** Most take ids looked at per shot. */
  static final int MAX_TAKES = 100;

  private final WorkflowClient client;

  /** @param client the Temporal client */
  public PriorTakes(WorkflowClient client) {
    this.client = client;
  }

  /**
   * @param storyboardId the storyboard id
   * @param shots        the shots to look up
   * @return one answer per shot, same order
   */
  public List<PriorTake> find(String storyboardId, List<TakeLookup> shots) {
    List<PriorTake> out = new ArrayList<>();
    for (TakeLookup shot : shots) {
      out.add(find(storyboardId, shot));
    }
    return out;
  }

  private PriorTake find(String storyboardId, TakeLookup shot) {
    int takes = 0;
    int adoptedTake = 0;
    GenerationResult adopted = null;
    for (int take = 1; take <= MAX_TAKES; take++) {
      String id = StoryboardIds.shotJobId(storyboardId, shot.shot(), take);
      Optional<WorkflowExecutionDescription> d = describe(id);
      if (d.isEmpty()) {
        break;
      }
      takes = take;
      if (d.get().getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED && sameRequest(id, shot)) {
        adoptedTake = take;
        adopted = client.newUntypedWorkflowStub(id).getResult(GenerationResult.class);
      }
    }
    return new PriorTake(shot.shot(), takes, adoptedTake, adopted);
  }

  private Optional<WorkflowExecutionDescription> describe(String id) {
    try {
      return Optional.of(client.newUntypedWorkflowStub(id).describe());
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Compares the take's recorded request with the asked one; a continue shot's first frame is left out. */
  private boolean sameRequest(String id, TakeLookup shot) {
    HistoryEvent started = client.fetchHistory(id).getEvents().get(0);
    Payloads input = started.getWorkflowExecutionStartedEventAttributes().getInput();
    GenerationInput recorded = client.getOptions().getDataConverter()
        .fromPayloads(0, Optional.of(input), GenerationInput.class, GenerationInput.class);
    return comparable(recorded.request(), shot.continues()).equals(comparable(shot.request(), shot.continues()));
  }

  private static GenerationRequest comparable(GenerationRequest r, boolean continues) {
    if (!continues) {
      return r;
    }
    return new GenerationRequest(r.provider(), r.model(), r.prompt(), r.durationSeconds(), r.resolution(),
        r.aspectRatio(), r.generateAudio(), r.fixedLens(), null, r.lastFrameUrl(), r.referenceImageUrls(),
        r.referenceVideoUrls(), r.referenceAudioUrls(), r.options());
  }
}
