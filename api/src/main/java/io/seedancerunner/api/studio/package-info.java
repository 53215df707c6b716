/**
 * The studio's review room: server-rendered pages at {@code /studio} (Micronaut Views with
 * Thymeleaf, htmx served from the api itself) to watch a storyboard, judge its shots and reshoot
 * them. The pages sign in with the API's own keys (a cookie read only under {@code /studio}) and go
 * through the same tenancy checks, validation and workflow Updates as {@code /v1/storyboards}.
 * README "Studio" describes it.
 */
package io.seedancerunner.api.studio;
