package ai.alquimista.operations.timers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This application instance's name among the others on one database: {@code alquimista.instance.name} when set
 * (e.g. an ECS task id), else the host's name and this process's id, which tell apart two instances on one machine
 * and a restarted instance from the one before it.
 */
@ApplicationScoped
public class InstanceName {

    @Inject
    @ConfigProperty(name = "alquimista.instance.name", defaultValue = " ")
    String configured;

    private volatile String name;

    public String get() {
        if (name == null) {
            name = configured.isBlank() ? host() + "#" + ProcessHandle.current().pid() : configured.strip();
        }
        return name;
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
