/**
 * The thin HTTP service of Seedance Runner: starts {@code GenerationWorkflow}s, answers their
 * status, cancels them, serves the finished MP4, turns provider webhooks into signals, and lists
 * the model catalogues. It talks to Temporal through the {@code WorkflowClient} bean that the
 * worker module provides; it never calls a provider itself.
 *
 * <p>Every controller carries {@code @Requires(property = "seedance.api.enabled", notEquals =
 * "false")}, so the combined application can switch the api off.
 */
package io.seedancerunner.api;
