package io.seedancerunner.workflows.storyboard;

import io.seedancerunner.workflows.generation.GenerationWorkflow;
import io.seedancerunner.workflows.generation.SearchAttributes;
import io.seedancerunner.workflows.generation.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Stubs the storyboard calls, with their options. Workflow code.
 *
 * <ul>
 *   <li>shot children: id {@link StoryboardIds#shotJobId}, on {@link TaskQueues#WORKFLOWS}, with
 *       {@code SeedanceStoryboardId} and {@code SeedanceShotIndex}; a duplicate id is refused
 *       ({@code REJECT_DUPLICATE}: a finished take is never run again under its id); closing the
 *       parent asks running shots to cancel (so they cancel at the provider), and a cancel waits
 *       until the child has cancelled;</li>
 *   <li>media activities: FFmpeg on clips of a few hundred MB takes seconds to minutes, with a
 *       heartbeat every few seconds (30 s heartbeat timeout); retried
 *       5 times, never on {@link StoryboardActivities#FFMPEG_FAILED} or
 *       {@link StoryboardActivities#MISSING_CLIP}.</li>
 * </ul>
 */
final class StoryboardStubs {

  private StoryboardStubs() {}

  static GenerationWorkflow shot(String storyboardId, String title, int shot, String jobId, String prompt) {
    String summary = "Shot " + shot + " of " + title + ": " + prompt;
    return Workflow.newChildWorkflowStub(GenerationWorkflow.class, ChildWorkflowOptions.newBuilder()
        .setWorkflowId(jobId)
        .setTaskQueue(TaskQueues.WORKFLOWS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
        .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
        .setTypedSearchAttributes(io.temporal.common.SearchAttributes.newBuilder()
            .set(SearchAttributes.STORYBOARD_ID, storyboardId)
            .set(SearchAttributes.SHOT_INDEX, (long) shot)
            .build())
        .setStaticSummary(summary.length() <= 190 ? summary : summary.substring(0, 187) + "...")
        .build());
  }

  static StoryboardActivities media(String summary) {
    return Workflow.newActivityStub(StoryboardActivities.class, ActivityOptions.newBuilder()
        .setSummary(summary)
        .setTaskQueue(StoryboardActivities.TASK_QUEUE)
        .setStartToCloseTimeout(Duration.ofMinutes(30))
        // The media steps heartbeat every few seconds: a step on a worker that died is retried
        // elsewhere after 30 s, not after the start-to-close timeout.
        .setHeartbeatTimeout(Duration.ofSeconds(30))
        .setRetryOptions(RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(2))
            .setBackoffCoefficient(2)
            .setMaximumAttempts(5)
            .setDoNotRetry(StoryboardActivities.FFMPEG_FAILED, StoryboardActivities.MISSING_CLIP)
            .build())
        .build());
  }
}
