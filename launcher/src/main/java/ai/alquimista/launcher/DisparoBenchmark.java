package ai.alquimista.launcher;

import ai.alquimista.nigredo.disparo.boundary.DespachoAvulso;
import ai.alquimista.nigredo.estrategia.Roteiro;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./alquimista bench disparo [sends] [tenants]}: schedules {@code sends} due first touches across
 * {@code tenants} tenants (leads spread over São Paulo, Manaus, Rio Branco and Noronha area codes) on the sandbox
 * channel, then runs Disparo's own dispatch code ({@link DespachoAvulso}) against the database on a simulated clock that
 * jumps to the next moment any tenant may send, until every send went. Prints sends per second of real time and,
 * counted from the database afterwards, the violations of each rule per tenant: over 100 in an hour or 500 in a
 * day, outside 08:00–18:00 Monday–Friday in the lead's zone or on a national holiday, under 2 s between a tenant's
 * messages or under 6 s to the same recipient, or the same idempotency key twice. The running Payara's own
 * dispatch timer is switched off, so only this loop sends.
 */
final class DisparoBenchmark {

    /** Monday 2026-11-30, 07:00 in São Paulo: the run starts before the window opens. */
    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private static final String[] DDDS = {"11", "11", "11", "21", "92", "68", "81"};

    private DisparoBenchmark() {}

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        int sends = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Map<String, String> child = new HashMap<>(env);
        child.put("ALQUIMISTA_DISPARO_ENABLED", "false");
        out.println("starting the system (Payara log: " + settings.payaraLog() + ") ...");
        try (RunningSystem system = RunningSystem.start(settings, child, true);
                Connection db = DriverManager.getConnection(
                        system.databaseUrl(), Benchmark.user(env), Benchmark.password(env))) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            out.printf("scheduling %d sends for %d tenants (run %s) ...%n", sends, tenants, run);
            List<UUID> ids = seed(db, run, sends, tenants);
            SimulatedClock clock = new SimulatedClock(START);
            DespachoAvulso despacho = new DespachoAvulso(clock, 42, "http://127.0.0.1:8080");
            long started = System.nanoTime();
            int sent = dispatchAll(db, despacho, clock, ids);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "%nsends:                 %d of %d, in %.1f s of real time (simulated %s → %s)%n",
                    sent, sends, seconds, START, clock.instant());
            out.printf("throughput:            %.1f sends/s%n", sent / seconds);
            report(db, ids, out);
        }
        return 0;
    }

    private static List<UUID> seed(Connection db, String run, int sends, int tenants) throws SQLException {
        db.setAutoCommit(false);
        List<UUID> ids = new ArrayList<>();
        String mensagens = Roteiro.padrao().toJson().toString();
        for (int t = 0; t < tenants; t++) {
            UUID tenant = UUID.randomUUID();
            ids.add(tenant);
            execute(
                    db,
                    "INSERT INTO alquimista_platform.tenants (id, company_name) VALUES (?, ?)",
                    tenant,
                    "Bench " + run + " Tenant " + t);
            execute(
                    db,
                    "INSERT INTO alquimista_platform.agent_activations (tenant_id, agent_id, status) VALUES (?,"
                            + " 'nigredo-disparo', 'ativo')",
                    tenant);
            UUID campanha = UUID.randomUUID();
            execute(
                    db,
                    "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, canal, mensagens, status) VALUES"
                            + " (?, ?, 'Bench', 'email', ?::jsonb, 'ativa')",
                    campanha,
                    tenant,
                    mensagens);
            int leads = sends / tenants + (t < sends % tenants ? 1 : 0);
            try (PreparedStatement lead = db.prepareStatement(
                            "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa,"
                                    + " contato, telefone, email, setor, status) VALUES (?, ?, ?, ?, ?, ?, 'Comércio', 'enriquecido')");
                    PreparedStatement envio = db.prepareStatement("INSERT INTO nigredo_leads.envios (id, tenant_id,"
                            + " campanha_id, lead_id, etapa, variante, canal, destinatario, idempotency_key, due_at)"
                            + " VALUES (?, ?, ?, ?, 'topo', ?, 'email', ?, ?, ?)")) {
                for (int i = 0; i < leads; i++) {
                    UUID leadId = UUID.randomUUID();
                    String email = "lead" + i + "." + t + "." + run + "@empresa" + (i % 50) + ".com.br";
                    lead.setObject(1, leadId);
                    lead.setObject(2, tenant);
                    lead.setString(3, "Empresa " + i);
                    lead.setString(4, "Contato " + i);
                    lead.setString(5, String.format("+55%s9%08d", DDDS[i % DDDS.length], i));
                    lead.setString(6, email);
                    lead.addBatch();
                    envio.setObject(1, UUID.randomUUID());
                    envio.setObject(2, tenant);
                    envio.setObject(3, campanha);
                    envio.setObject(4, leadId);
                    envio.setString(5, i % 2 == 0 ? "A" : "B");
                    envio.setString(6, email);
                    envio.setString(7, leadId + ":" + campanha + ":topo");
                    envio.setTimestamp(8, Timestamp.from(START));
                    envio.addBatch();
                }
                lead.executeBatch();
                execute(
                        db,
                        "INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id, variante, canal)"
                                + " SELECT ?, id, tenant_id, 'A', 'email' FROM nigredo_leads.leads WHERE tenant_id = ?",
                        campanha,
                        tenant);
                envio.executeBatch();
            }
            DespachoAvulso.acordar(db, tenant, START);
            db.commit();
        }
        return ids;
    }

    /** Rounds over the due tenants, each pass its own transaction; between rounds the clock jumps to the next due. */
    private static int dispatchAll(Connection db, DespachoAvulso despacho, SimulatedClock clock, List<UUID> ids)
            throws SQLException {
        int sent = 0;
        Instant giveUp = START.plus(java.time.Duration.ofDays(60));
        while (pending(db, ids) > 0 && clock.instant().isBefore(giveUp)) {
            for (UUID tenant : DespachoAvulso.devidos(db, clock.instant(), 1000)) {
                if (ids.contains(tenant)) {
                    sent += despacho.despachar(db, tenant) ? 1 : 0;
                    db.commit();
                }
            }
            clock.advanceTo(nextDue(db, ids, clock.instant()));
        }
        return sent;
    }

    private static long pending(Connection db, List<UUID> ids) throws SQLException {
        return count(
                db, "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ANY (?) AND status = 'agendado'", ids);
    }

    private static Instant nextDue(Connection db, List<UUID> ids, Instant now) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT min(proximo_envio_em) FROM nigredo_leads.disparo_ritmo" + " WHERE tenant_id = ANY (?)")) {
            select.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Instant next = row.getTimestamp(1).toInstant();
                return next.isAfter(now) ? next : now.plusSeconds(1);
            }
        }
    }

    private static void report(Connection db, List<UUID> ids, PrintStream out) throws SQLException {
        out.printf("%nviolations counted from nigredo_leads.envios (target: 0 everywhere)%n");
        out.printf(
                "%-8s %6s %9s %8s %8s %10s %10s %12s %10s%n",
                "tenant",
                "sent",
                ">100/hour",
                ">500/day",
                "window",
                "tenant<2s",
                "lead<6s",
                "idempotency",
                "limit hits");
        long total = 0;
        for (int t = 0; t < ids.size(); t++) {
            UUID tenant = ids.get(t);
            long[] v = {
                count(
                        db,
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ANY (?) AND status = 'enviado'",
                        List.of(tenant)),
                count(
                        db,
                        "SELECT count(*) FROM (SELECT date_trunc('hour', sent_at AT TIME ZONE 'America/Sao_Paulo')"
                                + " FROM nigredo_leads.envios WHERE tenant_id = ANY (?) AND sent_at IS NOT NULL GROUP BY 1"
                                + " HAVING count(*) > 100) h",
                        List.of(tenant)),
                count(
                        db,
                        "SELECT count(*) FROM (SELECT date_trunc('day', sent_at AT TIME ZONE 'America/Sao_Paulo')"
                                + " FROM nigredo_leads.envios WHERE tenant_id = ANY (?) AND sent_at IS NOT NULL GROUP BY 1"
                                + " HAVING count(*) > 500) d",
                        List.of(tenant)),
                outsideWindow(db, tenant),
                count(
                        db,
                        "SELECT count(*) FROM (SELECT sent_at - lag(sent_at) OVER (ORDER BY sent_at) AS gap FROM"
                                + " nigredo_leads.envios WHERE tenant_id = ANY (?) AND sent_at IS NOT NULL) g"
                                + " WHERE gap < interval '2 seconds'",
                        List.of(tenant)),
                count(
                        db,
                        "SELECT count(*) FROM (SELECT sent_at - lag(sent_at) OVER (PARTITION BY destinatario ORDER BY"
                                + " sent_at) AS gap FROM nigredo_leads.envios WHERE tenant_id = ANY (?) AND sent_at IS NOT NULL) g"
                                + " WHERE gap < interval '6 seconds'",
                        List.of(tenant)),
                count(
                        db,
                        "SELECT count(*) - count(DISTINCT idempotency_key) FROM nigredo_leads.envios"
                                + " WHERE tenant_id = ANY (?) AND status = 'enviado'",
                        List.of(tenant)),
                count(
                        db,
                        "SELECT COALESCE(sum(vezes), 0) FROM nigredo_leads.disparo_limites_atingidos"
                                + " WHERE tenant_id = ANY (?)",
                        List.of(tenant))
            };
            total += v[1] + v[2] + v[3] + v[4] + v[5] + v[6];
            out.printf(
                    "%-8d %6d %9d %8d %8d %10d %10d %12d %10d%n",
                    t + 1, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        }
        out.printf("total violations:      %d%n", total);
    }

    /** Sent outside 08:00–18:00 Monday–Friday in the lead's own zone, or on a national holiday. */
    private static long outsideWindow(Connection db, UUID tenant) throws SQLException {
        long outside = 0;
        try (PreparedStatement select = db.prepareStatement("SELECT e.sent_at, l.telefone FROM nigredo_leads.envios e"
                + " JOIN nigredo_leads.leads l ON l.id = e.lead_id WHERE e.tenant_id = ? AND e.sent_at IS NOT NULL")) {
            select.setObject(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ZoneId zone = ai.alquimista.nigredo.disparo.JanelaDeEnvio.fusoDoTelefone(row.getString(2));
                    if (!ai.alquimista.nigredo.disparo.JanelaDeEnvio.comercial()
                            .aberta(row.getTimestamp(1).toInstant(), zone)) {
                        outside++;
                    }
                }
            }
        }
        return outside;
    }

    private static long count(Connection db, String sql, List<UUID> ids) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A clock the benchmark moves forward; Disparo reads it like any clock. */
    private static final class SimulatedClock extends Clock {

        private volatile Instant now;

        SimulatedClock(Instant start) {
            this.now = start;
        }

        void advanceTo(Instant instant) {
            if (instant.isAfter(now)) {
                now = instant;
            }
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
