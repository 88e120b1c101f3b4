package ai.alquimista.testing;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A metric registry that keeps counters and gauges, for a component's metrics in a test: {@link #count} and {@link
 * #gauge} read one as {@code name{tag=value,…}} with the tags in name order, as Prometheus writes them.
 */
public final class CountedMetrics {

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, java.util.function.Supplier<Number>> gauges = new ConcurrentHashMap<>();

    public MetricRegistry registry() {
        return (MetricRegistry) Proxy.newProxyInstance(
                MetricRegistry.class.getClassLoader(), new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("counter") && args.length == 2 && args[0] instanceof String name) {
                        return counter(key(name, (Tag[]) args[1]));
                    }
                    if (method.getName().equals("gauge") && args.length == 3 && args[0] instanceof MetricID id) {
                        gauges.put(key(id.getName(), id.getTagsAsArray()), () -> read(args[2], args[1]));
                        return null;
                    }
                    throw new UnsupportedOperationException("CountedMetrics keeps counters and gauges only: " + method);
                });
    }

    /** A gauge's reading now, or empty when nothing registered it. */
    public java.util.Optional<Double> gauge(String key) {
        return java.util.Optional.ofNullable(gauges.get(key))
                .map(reading -> reading.get().doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Number read(Object function, Object object) {
        return ((java.util.function.Function<Object, Number>) function).apply(object);
    }

    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    private Counter counter(String key) {
        return (Counter) Proxy.newProxyInstance(
                Counter.class.getClassLoader(), new Class<?>[] {Counter.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "inc" -> counts.merge(key, args == null ? 1L : (Long) args[0], Long::sum);
                        case "getCount" -> {
                            return count(key);
                        }
                        default -> throw new UnsupportedOperationException(method.toString());
                    }
                    return null;
                });
    }

    private static String key(String name, Tag[] tags) {
        Map<String, String> sorted = new TreeMap<>();
        Arrays.stream(tags).forEach(tag -> sorted.put(tag.getTagName(), tag.getTagValue()));
        return name
                + sorted.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
    }
}
