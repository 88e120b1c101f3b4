package ai.alquimista.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.alquimista.fibonacci.consumers.entity.MessageFailure;
import ai.alquimista.fibonacci.consumers.entity.ProcessedMessage;
import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.events.entity.EventStatus;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.traces.entity.Trace;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.agendamento.entity.Agendamento;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.nigredo.estrategia.entity.CampanhaCanal;
import ai.alquimista.nigredo.interacoes.entity.Interacao;
import ai.alquimista.nigredo.interacoes.entity.InteracaoCanal;
import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.leads.entity.BlocklistEntry;
import ai.alquimista.nigredo.leads.entity.Lead;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.nigredo.relatorios.entity.MetricaDiaria;
import ai.alquimista.platform.agents.entity.Agent;
import ai.alquimista.platform.agents.entity.AgentActivation;
import ai.alquimista.platform.audit.entity.AuditLog;
import ai.alquimista.platform.auth.entity.SignInGuard;
import ai.alquimista.platform.auth.entity.SignInGuardKey;
import ai.alquimista.platform.sessions.entity.Session;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.platform.users.entity.User;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The persistence unit, run by EclipseLink outside the server against the Liquibase schema. */
class EntityMappingTest {

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(
                                    UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog/db.changelog-master.xml")
                            .execute());
        }
        // No shared cache: every find must read the row back through the converters.
        factory = Persistence.createEntityManagerFactory(
                "alquimista",
                Map.of(
                        "eclipselink.cache.shared.default", "false",
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                        "jakarta.persistence.jdbc.url",
                                postgres.getJdbcUrl("postgres", "postgres") + "&stringtype=unspecified",
                        "jakarta.persistence.jdbc.user", "postgres",
                        "jakarta.persistence.jdbc.password", "",
                        "eclipselink.weaving", "false"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (factory != null) {
            factory.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eventWithJsonAndStatusRoundTrips() {
        JsonObject detail = Json.createObjectBuilder()
                .add("lead", Json.createObjectBuilder().add("empresa", "ACME"))
                .build();
        Event event = new Event("nigredo.recebimento", "lead.criado", detail, UUID.randomUUID());
        event.setTenantId(UUID.randomUUID());
        event.setOriginMessageId("sqs-" + UUID.randomUUID());
        event.appendLog(Json.createObjectBuilder().add("agent", "fibonacci").build());
        event.markRouted("nigredo-recebimento");
        persist(event);

        Event found = find(Event.class, event.getId());
        assertThat(found.getDetail()).isEqualTo(detail);
        assertThat(found.getLogs()).isEqualTo(event.getLogs());
        assertThat(found.getStatus()).isEqualTo(EventStatus.roteado);
        assertThat(found.getRoutedTo()).isEqualTo("nigredo-recebimento");
        assertThat(found.getTraceId()).isEqualTo(event.getTraceId());
        // PostgreSQL rounds to microseconds
        assertThat(found.getCreatedAt()).isCloseTo(event.getCreatedAt(), within(1, ChronoUnit.MICROS));

        update(Event.class, event.getId(), Event::markProcessed);
        assertThat(find(Event.class, event.getId()).getStatus()).isEqualTo(EventStatus.processado);

        persist(new Trace(event.getTraceId(), event.getId(), "fibonacci", "route", null).withMessage("m-1", 12));
        persist(OutboxMessage.forEvent(event.getId(), "nigredo-recebimento", "{}", detail));
    }

    @Test
    void consumerBookkeepingRoundTrips() {
        ProcessedMessage processed = new ProcessedMessage("nigredo-recebimento", "msg-" + UUID.randomUUID());
        persist(processed);
        assertThat(find(ProcessedMessage.class, processed.key()).getProcessedAt())
                .isNotNull();

        MessageFailure failure = new MessageFailure("nigredo-recebimento", "m-9", 3, "poison", "{");
        persist(failure);
        assertThat(find(MessageFailure.class, failure.getId()).getReceiveCount())
                .isEqualTo(3);
    }

    @Test
    void nigredoAggregatesRoundTripAndQueryByStatus() {
        UUID tenant = UUID.randomUUID();
        Lead lead = new Lead(tenant, "Padaria São João");
        lead.setMetadata(Json.createObjectBuilder().add("origem", "planilha").build());
        lead.changeStatus(LeadStatus.enriquecido);
        persist(lead);

        Interacao interacao = new Interacao(
                tenant,
                lead.getId(),
                InteracaoTipo.recebido,
                InteracaoCanal.whatsapp,
                "Quero saber mais",
                UUID.randomUUID());
        interacao.classify(Sentimento.positivo, 80);
        Instant amanha = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Agendamento agendamento = Agendamento.proposta(
                tenant,
                lead.getId(),
                UUID.randomUUID(),
                "whatsapp",
                List.of(Horario.de(amanha, java.time.Duration.ofMinutes(60))),
                Instant.now());
        agendamento.confirmar(agendamento.opcoes().get(0), "cal-1", "briefing", Instant.now());
        persist(interacao);
        persist(agendamento);
        persist(new Campanha(
                tenant,
                "Padarias SP",
                "alimentacao",
                CampanhaCanal.whatsapp,
                Json.createObjectBuilder().add("abertura", "Olá!").build()));
        persist(new MetricaDiaria(
                tenant,
                LocalDate.of(2025, 1, 31),
                Json.createObjectBuilder().add("leads", 3).build()));
        persist(new BlocklistEntry(tenant, lead.getId(), "+5511999990000", null, "pediu para sair"));

        try (EntityManager em = factory.createEntityManager()) {
            assertThat(em.createQuery("SELECT l FROM Lead l WHERE l.tenantId = :t AND l.status = :s", Lead.class)
                            .setParameter("t", tenant.toString())
                            .setParameter("s", LeadStatus.enriquecido)
                            .getResultList())
                    .extracting(Lead::getId)
                    .containsExactly(lead.getId());
            assertThat(em.find(Lead.class, lead.getId()).getMetadata().getString("origem"))
                    .isEqualTo("planilha");
            Agendamento found = em.find(Agendamento.class, agendamento.getId());
            assertThat(found.getDataHora()).isEqualTo(amanha);
            assertThat(found.getStatus()).isEqualTo(AgendamentoStatus.confirmado);
            assertThat(found.getDuracao()).isEqualTo(Agendamento.DURACAO_PADRAO);
            assertThat(em.find(Interacao.class, interacao.getId()).getSentimento())
                    .isEqualTo(Sentimento.positivo);
            assertThat(em.createQuery("SELECT m FROM MetricaDiaria m WHERE m.tenantId = :t", MetricaDiaria.class)
                            .setParameter("t", tenant.toString())
                            .getSingleResult()
                            .getData())
                    .isEqualTo(LocalDate.of(2025, 1, 31));
        }
    }

    @Test
    void platformAggregatesRoundTrip() {
        Tenant tenant = new Tenant("Alquimista Demo", "12.345.678/0001-90");
        persist(tenant);
        User user = new User(tenant.getId(), "ana+" + UUID.randomUUID() + "@demo.com.br", "Ana", Role.manager);
        user.changePasswordHash("$2a$10$hash");
        persist(user);
        Agent agent = new Agent("nigredo-" + UUID.randomUUID(), "Recebimento", "nigredo", "nigredo-recebimento");
        agent.setPriceBrl(new BigDecimal("297.00"));
        agent.setRequirements(Json.createArrayBuilder().add("whatsapp").build());
        persist(agent);
        persist(new AgentActivation(
                tenant.getId(),
                agent.getId(),
                Json.createObjectBuilder().add("k", 1).build()));
        persist(new AuditLog(tenant.getId(), user.getId(), "user.created")
                .target("user", user.getId().toString())
                .details(Json.createObjectBuilder().add("by", "test").build())
                .client("127.0.0.1", "junit"));

        update(User.class, user.getId(), u -> u.changeRole(Role.admin));

        User found = find(User.class, user.getId());
        assertThat(found.getRole()).isEqualTo(Role.admin);
        assertThat(found.getUpdatedAt()).isAfterOrEqualTo(found.getCreatedAt());
        assertThat(find(Agent.class, agent.getId()).getRequirements()).isEqualTo(agent.getRequirements());
        assertThat(find(Agent.class, agent.getId()).getPriceBrl()).isEqualByComparingTo("297.00");
        assertThat(find(Tenant.class, tenant.getId()).getTimeZone()).isEqualTo(Tenant.DEFAULT_TIME_ZONE);
    }

    @Test
    void sessionsAndSignInGuardsRoundTrip() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        UUID tenant = UUID.randomUUID();
        Session user = Session.ofUser(UUID.randomUUID(), tenant, now, now.plusSeconds(3600), "203.0.113.7", "junit");
        Session operator = Session.ofOperator(UUID.randomUUID(), now, now.plusSeconds(3600), "::1", null);
        persist(user);
        persist(operator);
        String account = "user:" + UUID.randomUUID();
        persist(new SignInGuard(account, "203.0.113.7", now));

        update(Session.class, user.getId(), s -> s.revoke("logout", now.plusSeconds(60)));
        update(
                SignInGuard.class,
                new SignInGuardKey(account, "203.0.113.7"),
                g -> g.recordFailure(now, 1, Duration.ofMinutes(15)));

        assertThat(find(Session.class, user.getId()).isOpenAt(now.plusSeconds(61)))
                .isFalse();
        assertThat(find(Session.class, user.getId()).getTenantId()).contains(tenant);
        assertThat(find(Session.class, operator.getId()).getTenantId()).isEmpty();
        assertThat(find(Session.class, operator.getId()).isOpenAt(now.plusSeconds(61)))
                .isTrue();
        assertThat(find(SignInGuard.class, new SignInGuardKey(account, "203.0.113.7"))
                        .isLockedAt(now))
                .isTrue();
    }

    private static void persist(Object entity) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(entity);
            em.getTransaction().commit();
        }
    }

    private static <T> T find(Class<T> type, Object id) {
        try (EntityManager em = factory.createEntityManager()) {
            T found = em.find(type, id);
            assertThat(found).as("%s %s", type.getSimpleName(), id).isNotNull();
            return found;
        }
    }

    private static <T> void update(Class<T> type, Object id, Consumer<T> change) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            change.accept(em.find(type, id));
            em.getTransaction().commit();
        }
    }
}
