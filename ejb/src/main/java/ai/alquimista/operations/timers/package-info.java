/**
 * The application's timers: every periodic job (outbox sweep, chain watchdog, dispatch, retention, ...) is a
 * {@link ai.alquimista.operations.timers.boundary.GuardedTimer}, which schedules it, keeps its runs from overlapping
 * and from starting while the application stops, and logs a failed run without ending the timer.
 */
package ai.alquimista.operations.timers;
