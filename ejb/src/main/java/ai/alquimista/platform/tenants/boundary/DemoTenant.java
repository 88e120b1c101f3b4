package ai.alquimista.platform.tenants.boundary;

import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.platform.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: with no tenant at all, creates a demo tenant and its admin with a generated password,
 * written to {@code $ALQUIMISTA_HOME/demo-credentials.properties} (the launcher prints it). Nothing
 * secret is in the source.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoTenant {

    public static final String COMPANY = "Demo Alquimista Ltda";
    public static final String ADMIN_EMAIL = "admin@demo.alquimista.ai";
    public static final String CREDENTIALS_FILE = "demo-credentials.properties";
    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "alquimista.home")
    Optional<String> home;

    @Inject
    @ConfigProperty(name = "alquimista.demo-tenant", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void createOnFirstStart() {
        if (!enabled || em.createQuery("SELECT COUNT(t) FROM Tenant t", Long.class).getSingleResult() > 0) {
            return;
        }
        Tenant tenant = new Tenant(COMPANY, null);
        em.persist(tenant);
        String password = Passwords.generate();
        User admin = new User(tenant.getId(), ADMIN_EMAIL.toLowerCase(Locale.ROOT), "Administrador Demo", Role.admin);
        admin.changePasswordHash(Passwords.hash(password));
        em.persist(admin);
        Path file = directory().resolve(CREDENTIALS_FILE);
        write(file, password);
        LOG.info(() -> "first start: created the demo tenant '" + COMPANY + "'; its admin's sign-in is in " + file);
    }

    private Path directory() {
        return home.filter(value -> !value.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".alquimista"));
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Demo tenant created at first start; change this password after signing in.\n"
                    + "company_name=" + COMPANY + "\nemail=" + ADMIN_EMAIL + "\npassword=" + password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
