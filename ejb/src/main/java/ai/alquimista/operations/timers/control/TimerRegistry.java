package ai.alquimista.operations.timers.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The timers scheduled on this instance, by name: what an operator can run now here. */
@ApplicationScoped
public class TimerRegistry {

    /** What the registry needs of a timer. */
    public interface Entry {

        String name();

        /** Starts a run on the calling thread unless one is going on; false when one is. */
        boolean claim();

        /** The run {@link #claim()} reserved; never throws. */
        void runClaimed();
    }

    private final Map<String, Entry> timers = new ConcurrentSkipListMap<>();

    public void add(Entry timer) {
        timers.put(timer.name(), timer);
    }

    public void remove(Entry timer) {
        timers.remove(timer.name(), timer);
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(timers.get(name));
    }

    public Map<String, Entry> all() {
        return new TreeMap<>(timers);
    }
}
