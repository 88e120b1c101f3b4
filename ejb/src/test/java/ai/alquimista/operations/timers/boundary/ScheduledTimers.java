package ai.alquimista.operations.timers.boundary;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The container's {@link TimerService} as far as our timers use it: it records the timers a bean asks for and never
 * fires them (a test calls the timeout itself). Our timers are named, non-persistent interval or calendar timers;
 * any other call fails the test.
 */
final class ScheduledTimers {

    record Created(
            String name, boolean persistent, Long firstMillis, Long intervalMillis, ScheduleExpression calendar) {}

    final List<Created> created = new ArrayList<>();

    TimerService service() {
        return (TimerService) Proxy.newProxyInstance(
                TimerService.class.getClassLoader(), new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("createIntervalTimer") && args[0] instanceof Long first) {
                        TimerConfig config = (TimerConfig) args[2];
                        created.add(new Created(
                                (String) config.getInfo(), config.isPersistent(), first, (Long) args[1], null));
                        return null;
                    }
                    if (name.equals("createCalendarTimer") && args.length == 2) {
                        TimerConfig config = (TimerConfig) args[1];
                        created.add(new Created(
                                (String) config.getInfo(), config.isPersistent(), null, null, (ScheduleExpression)
                                        args[0]));
                        return null;
                    }
                    throw new UnsupportedOperationException("our timers do not call TimerService." + name);
                });
    }
}
