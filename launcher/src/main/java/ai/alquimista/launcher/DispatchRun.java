package ai.alquimista.launcher;

import ai.alquimista.nigredo.disparo.LimitesDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.DespachoAvulso;
import ai.alquimista.nigredo.estrategia.Roteiro;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One dispatch of the fault suite: {@code tenants} tenants, each with its Disparo active on the local providers (the
 * Cloud API with its own phone number id for even tenants, SMTP for odd ones) and an active campaign whose first
 * touches are due now, {@code perTenant} of them, of which the tenant's hourly and daily limit lets {@code
 * limitPerTenant} go. The sends are scheduled as Disparo schedules an approved campaign's (envios due, the tenant's pace
 * row woken); then the running application's own dispatch timer sends them. Counted afterwards from the database and the
 * providers' records.
 */
final class DispatchRun {

    /** Disparo's least time between a tenant's messages (not a setting); the check allows 0.5 s of network jitter. */
    static final Duration TENANT_PACE = LimitesDeEnvio.padrao().entreMensagensDoTenant();

    private static final Duration PACE_TOLERANCE = Duration.ofMillis(500);
    private static final ZoneId TENANT_ZONE = ZoneId.of("America/Sao_Paulo");

    private final String run;
    private final int perTenant;
    private final int limitPerTenant;
    private final Duration clockOffset;
    private final Map<UUID, UUID> tenantOfEnvio = new HashMap<>();
    private final Set<UUID> emailEnvios = new HashSet<>();
    private final List<UUID> tenants = new ArrayList<>();
    private final Set<String> whatsAppAccounts = new HashSet<>();

    private DispatchRun(String run, int perTenant, int limitPerTenant, Duration clockOffset) {
        this.run = run;
        this.perTenant = perTenant;
        this.limitPerTenant = limitPerTenant;
        this.clockOffset = clockOffset;
    }

    /**
     * Schedules the sends.
     *
     * @param clockOffset how far Disparo's clock is from the real one ({@code alquimista.disparo.relogio-deslocamento})
     */
    static DispatchRun schedule(
            Connection db, String run, int tenants, int perTenant, int limitPerTenant, Duration clockOffset)
            throws SQLException {
        DispatchRun dispatch = new DispatchRun(run, perTenant, limitPerTenant, clockOffset);
        dispatch.seed(db, tenants);
        return dispatch;
    }

    /** The phone number ids of the tenants on the Cloud API: each is an account with a circuit of its own. */
    Set<String> whatsAppAccounts() {
        return Set.copyOf(whatsAppAccounts);
    }

    /** Sends due. */
    int due() {
        return tenantOfEnvio.size();
    }

    /** Sends the limits must hold back. */
    int held() {
        return tenants.size() * Math.max(0, perTenant - limitPerTenant);
    }

    /** Sends that must go out. */
    int toSend() {
        return due() - held();
    }

    /** This run's share of what the providers took. */
    List<ProviderCall> ours(List<ProviderCall> calls) {
        return calls.stream()
                .filter(call -> isEnvio(call.envioId()) && tenantOfEnvio.containsKey(UUID.fromString(call.envioId())))
                .toList();
    }

    private static boolean isEnvio(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The envios of this run per status. */
    Map<String, Long> statuses(Connection db) throws SQLException {
        Map<String, Long> statuses = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT status, count(*) FROM nigredo_leads.envios" + " WHERE tenant_id = ANY (?) GROUP BY status")) {
            select.setArray(1, db.createArrayOf("uuid", tenants.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    statuses.put(row.getString(1), row.getLong(2));
                }
            }
        }
        return statuses;
    }

    /** Whether nothing is in flight and no more than the held sends still wait. */
    boolean settled(Connection db) throws SQLException {
        Map<String, Long> statuses = statuses(db);
        return statuses.getOrDefault("enviando", 0L) == 0 && statuses.getOrDefault("agendado", 0L) <= held();
    }

    /** What the providers and the database say once the dispatch settled. */
    Tally tally(Connection db, List<ProviderCall> calls) throws SQLException {
        List<ProviderCall> ours = ours(calls);
        Map<String, List<ProviderCall>> perEnvio = ours.stream().collect(Collectors.groupingBy(ProviderCall::envioId));
        long duplicates = 0;
        long sameMessageId = 0;
        for (List<ProviderCall> same : perEnvio.values()) {
            long distinctIds =
                    same.stream().map(ProviderCall::messageId).distinct().count();
            boolean email = emailEnvios.contains(UUID.fromString(same.get(0).envioId()));
            if (email) {
                // a repeated e-mail with the same Message-ID is collapsed by the receiver; another id is a duplicate
                duplicates += distinctIds - 1;
                sameMessageId += same.size() - distinctIds;
            } else {
                duplicates += same.size() - 1;
            }
        }
        Map<String, Long> statuses = statuses(db);
        Set<String> sentEnvios = sentEnvios(db);
        long phantom =
                sentEnvios.stream().filter(id -> !perEnvio.containsKey(id)).count();
        long waiting = statuses.getOrDefault("agendado", 0L);
        long lost = statuses.getOrDefault("enviando", 0L) + Math.max(0, waiting - held());
        return new Tally(
                ours.size(),
                perEnvio.size(),
                duplicates,
                sameMessageId,
                statuses.getOrDefault("enviado", 0L),
                statuses.getOrDefault("incerto", 0L),
                statuses.getOrDefault("falhou", 0L),
                waiting,
                lost,
                phantom,
                paceViolations(ours),
                limitViolations(ours),
                minimumGap(ours),
                ours.stream()
                        .filter(call -> call.instance().contains("instancia-2"))
                        .count());
    }

    /**
     * @param calls provider calls of the run
     * @param attempted distinct envios the providers took
     * @param duplicates calls for an envio beyond its first (an e-mail: beyond its first Message-ID)
     * @param sameMessageId e-mails taken again with the same Message-ID (an uncertain e-mail's one repeat)
     * @param waiting envios still {@code agendado}
     * @param lost envios neither settled nor held by a limit
     * @param phantom envios {@code enviado} that no provider took
     * @param paceViolations a tenant's consecutive calls closer than its pace (2 s, 0.5 s tolerance)
     * @param limitViolations a tenant's calls beyond its hourly or daily limit, per hour and day of Disparo's clock
     * @param minimumGap the shortest time between two of a tenant's calls
     * @param bySecondInstance calls the second application instance made
     */
    record Tally(
            long calls,
            long attempted,
            long duplicates,
            long sameMessageId,
            long enviado,
            long incerto,
            long falhou,
            long waiting,
            long lost,
            long phantom,
            long paceViolations,
            long limitViolations,
            Duration minimumGap,
            long bySecondInstance) {}

    private Set<String> sentEnvios(Connection db) throws SQLException {
        Set<String> sent = new HashSet<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id FROM nigredo_leads.envios" + " WHERE tenant_id = ANY (?) AND status = 'enviado'")) {
            select.setArray(1, db.createArrayOf("uuid", tenants.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sent.add(row.getString(1));
                }
            }
        }
        return sent;
    }

    private Map<UUID, List<Instant>> perTenant(List<ProviderCall> ours) {
        Map<UUID, List<Instant>> times = new HashMap<>();
        for (ProviderCall call : ours) {
            times.computeIfAbsent(tenantOfEnvio.get(UUID.fromString(call.envioId())), t -> new ArrayList<>())
                    .add(call.at());
        }
        times.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return times;
    }

    private long paceViolations(List<ProviderCall> ours) {
        Duration least = TENANT_PACE.minus(PACE_TOLERANCE);
        long violations = 0;
        for (List<Instant> times : perTenant(ours).values()) {
            for (int i = 1; i < times.size(); i++) {
                if (Duration.between(times.get(i - 1), times.get(i)).compareTo(least) < 0) {
                    violations++;
                }
            }
        }
        return violations;
    }

    private Duration minimumGap(List<ProviderCall> ours) {
        Duration least = null;
        for (List<Instant> times : perTenant(ours).values()) {
            for (int i = 1; i < times.size(); i++) {
                Duration gap = Duration.between(times.get(i - 1), times.get(i));
                least = least == null || gap.compareTo(least) < 0 ? gap : least;
            }
        }
        return least == null ? Duration.ZERO : least;
    }

    /** Calls beyond the limit in an hour or a day of the tenant's zone, on Disparo's clock. */
    private long limitViolations(List<ProviderCall> ours) {
        long violations = 0;
        for (List<Instant> times : perTenant(ours).values()) {
            Map<Instant, Long> hours = times.stream()
                    .collect(Collectors.groupingBy(at -> truncated(at, ChronoUnit.HOURS), Collectors.counting()));
            Map<Instant, Long> days = times.stream()
                    .collect(Collectors.groupingBy(at -> truncated(at, ChronoUnit.DAYS), Collectors.counting()));
            violations += hours.values().stream()
                    .mapToLong(n -> Math.max(0, n - limitPerTenant))
                    .sum();
            violations += days.values().stream()
                    .mapToLong(n -> Math.max(0, n - limitPerTenant))
                    .sum();
        }
        return violations;
    }

    private Instant truncated(Instant real, ChronoUnit unit) {
        return real.plus(clockOffset).atZone(TENANT_ZONE).truncatedTo(unit).toInstant();
    }

    private void seed(Connection db, int count) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Instant now = Instant.now().plus(clockOffset);
            String mensagens = Roteiro.padrao().toJson().toString();
            for (int t = 0; t < count; t++) {
                seedTenant(db, t, now, mensagens);
                db.commit();
            }
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private void seedTenant(Connection db, int t, Instant now, String mensagens) throws SQLException {
        boolean whatsapp = t % 2 == 0;
        String canal = whatsapp ? "whatsapp" : "email";
        UUID tenant = UUID.randomUUID();
        tenants.add(tenant);
        execute(
                db,
                "INSERT INTO alquimista_platform.tenants (id, company_name, time_zone) VALUES (?, ?, ?)",
                tenant,
                "Faults " + run + " Empresa " + t,
                TENANT_ZONE.getId());
        String phoneNumberId = String.format("%s%03d", digits(run), t);
        if (whatsapp) {
            whatsAppAccounts.add(phoneNumberId);
        }
        JsonObject settings = Json.createObjectBuilder()
                .add("canal_whatsapp", "cloud-api")
                .add("canal_email", "smtp")
                .add("whatsapp_phone_number_id", phoneNumberId)
                .add("limite_hora", limitPerTenant)
                .add("limite_dia", limitPerTenant)
                .add("tier_whatsapp", 2_000)
                .build();
        LimitesDeEnvio.deConfiguracao(settings); // the settings a tenant admin could save (checked at activation)
        execute(
                db,
                "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id, status, settings)"
                        + " VALUES (?, 'nigredo-disparo', 'ativo', ?::jsonb)",
                tenant,
                settings.toString());
        UUID campanha = UUID.randomUUID();
        execute(
                db,
                "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, canal, mensagens, status) VALUES"
                        + " (?, ?, 'Faults', ?, ?::jsonb, 'ativa')",
                campanha,
                tenant,
                canal,
                mensagens);
        try (PreparedStatement lead = db.prepareStatement(
                        "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa,"
                                + " contato, telefone, email, setor, status) VALUES (?, ?, ?, ?, ?, ?, 'Comércio', 'enriquecido')");
                PreparedStatement envio = db.prepareStatement("INSERT INTO nigredo_leads.envios (id, tenant_id,"
                        + " campanha_id, lead_id, etapa, variante, canal, destinatario, idempotency_key, due_at)"
                        + " VALUES (?, ?, ?, ?, 'topo', ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < perTenant; i++) {
                UUID leadId = UUID.randomUUID();
                UUID envioId = UUID.randomUUID();
                String phone = String.format("+55119%02d%06d", t % 100, i);
                String email = "lead" + i + "." + t + "." + run + "@empresa" + i + ".com.br";
                lead.setObject(1, leadId);
                lead.setObject(2, tenant);
                lead.setString(3, "Empresa " + i);
                lead.setString(4, "Contato " + i);
                lead.setString(5, phone);
                lead.setString(6, email);
                lead.addBatch();
                envio.setObject(1, envioId);
                envio.setObject(2, tenant);
                envio.setObject(3, campanha);
                envio.setObject(4, leadId);
                envio.setString(5, i % 2 == 0 ? "A" : "B");
                envio.setString(6, canal);
                envio.setString(7, whatsapp ? phone : email);
                envio.setString(8, leadId + ":" + campanha + ":topo");
                envio.setTimestamp(9, Timestamp.from(now));
                envio.addBatch();
                tenantOfEnvio.put(envioId, tenant);
                if (!whatsapp) {
                    emailEnvios.add(envioId);
                }
            }
            lead.executeBatch();
            execute(
                    db,
                    "INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id, variante, canal)"
                            + " SELECT ?, id, tenant_id, 'A', ? FROM nigredo_leads.leads WHERE tenant_id = ?",
                    campanha,
                    canal,
                    tenant);
            envio.executeBatch();
        }
        DespachoAvulso.acordar(db, tenant, now);
    }

    /** Digits for phone number ids, from the run tag. */
    private static String digits(String run) {
        return String.valueOf(1_000_000 + Math.floorMod(run.hashCode(), 9_000_000));
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
