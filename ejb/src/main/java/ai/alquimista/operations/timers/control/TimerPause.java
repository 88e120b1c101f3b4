package ai.alquimista.operations.timers.control;

import java.time.Instant;
import java.util.UUID;

/** A timer an operator paused on every instance: who and when ({@code alquimista_platform.timer_pauses}). */
public record TimerPause(String timerName, UUID pausedBy, Instant pausedAt) {}
