package io.seedancerunner.workflows.storyboard;

import java.util.List;

/**
 * Result of a completed {@link StoryboardWorkflow}.
 *
 * @param storyboardId     the storyboard id
 * @param filmPath         absolute path of {@code data/storyboards/<id>/film.mp4}
 * @param contactSheetPath absolute path of {@code data/storyboards/<id>/contact-sheet.jpg}
 * @param film             the film's details (duration, size, how it was joined)
 * @param partial          whether failed or skipped shots were left out
 * @param shots            every shot's final state, in film order
 */
public record StoryboardResult(
    String storyboardId,
    String filmPath,
    String contactSheetPath,
    Film film,
    boolean partial,
    List<ShotStatus> shots) {}
