package ai.alquimista.platform.ratelimit.control;

/** Hits in one bucket's fixed window: counted by an instance, or the total across instances. */
public record WindowHits(Window window, int hits) {

    /** A bucket's window, by the epoch second it starts. */
    public record Window(String bucket, long start) {}
}
