package ai.alquimista.platform.tenants.boundary;

import ai.alquimista.platform.auth.LocalSettings;
import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.platform.operators.entity.Operator;
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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: with no platform operator, creates the first one ({@code alquimista.operator.email}); and, only when
 * {@code alquimista.demo-tenant} is true (the launcher sets it when it runs the embedded database; never a default
 * for a real one), with no tenant at all, a demo tenant and its admin. Their generated passwords are written to
 * {@code $ALQUIMISTA_HOME/demo-credentials.properties}, readable by its owner only (the launcher prints them).
 * Nothing secret is in the source.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "CatalogSync"})
public class FirstStart {

    public static final String COMPANY = "Demo Alquimista Ltda";
    public static final String ADMIN_EMAIL = "admin@demo.alquimista.ai";
    public static final String OPERATOR_EMAIL = "operador@alquimista.ai";
    public static final String CREDENTIALS_FILE = "demo-credentials.properties";
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "alquimista.demo-tenant", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "alquimista.operator.email", defaultValue = OPERATOR_EMAIL)
    String operatorEmail;

    @PostConstruct
    void createOnFirstStart() {
        Path file = LocalSettings.home().resolve(CREDENTIALS_FILE);
        if (em.createQuery("SELECT COUNT(o) FROM Operator o", Long.class).getSingleResult() == 0) {
            String password = Passwords.generate();
            String email = operatorEmail.trim().toLowerCase(Locale.ROOT);
            em.persist(new Operator(email, "Operador da plataforma", Passwords.hash(password)));
            try {
                Files.deleteIfExists(file); // left from an earlier database: its passwords no longer work
            } catch (IOException e) {
                throw new UncheckedIOException("cannot replace " + file, e);
            }
            append(file, "operator_email=" + email + "\noperator_password=" + password + "\n");
            LOG.info(() -> "first start: created the platform operator " + email + "; sign-in in " + file);
        }
        if (!enabled
                || em.createQuery("SELECT COUNT(t) FROM Tenant t", Long.class).getSingleResult() > 0) {
            return;
        }
        Tenant tenant = new Tenant(COMPANY, null);
        em.persist(tenant);
        String password = Passwords.generate();
        User admin = new User(tenant.getId(), ADMIN_EMAIL.toLowerCase(Locale.ROOT), "Administrador Demo", Role.admin);
        admin.changePasswordHash(Passwords.hash(password));
        em.persist(admin);
        append(file, "company_name=" + COMPANY + "\nemail=" + ADMIN_EMAIL + "\npassword=" + password + "\n");
        LOG.info(() -> "first start: created the demo tenant '" + COMPANY + "'; its admin's sign-in is in " + file);
    }

    private static void append(Path file, String lines) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                createOwnerOnly(file);
                Files.writeString(
                        file,
                        "# Created at first start; change these passwords (POST /auth/password, /auth/operator/password) and delete this file.\n");
            }
            Files.writeString(file, lines, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Created with mode 0600 before a password is written to it. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }
}
