package ai.alquimista.nigredo.titulares.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.nigredo.titulares.BaseLegal;
import ai.alquimista.nigredo.titulares.Titular;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.testing.ChaveDeTeste;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The data subject's rights at one tenant, with a second tenant holding the same person to prove nothing crosses:
 * an opt-out by API (once, confirmed once), an export of everything held, an erasure that anonymises every place and
 * suppresses the person so a re-import reports them as suppressed, the consent record through it all, and retention.
 */
class TitularesTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final String TELEFONE = "+5511987654321";
    private static final String EMAIL = "maria@paoquente.com.br";

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final AuditTrail audit = Beans.wire(new AuditTrail(), db.entityManager());
    private final ChaveDosTitulares chave = ChaveDeTeste.chaveDosTitulares();
    private final Titulares titulares = Beans.wire(new Titulares(), db.dataSource(), audit, chave, clock);
    private final Consentimentos consentimentos = Beans.wire(new Consentimentos(), db.dataSource(), audit, clock);
    private final Descadastros descadastros = Beans.wire(
            new Descadastros(),
            db.dataSource(),
            audit,
            Beans.wire(
                    new EnviosDaConversa(),
                    db.dataSource(),
                    Beans.wire(new RelogioDoDisparo(), (Clock) clock, Optional.<String>empty())));

    private final Cenario a = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
    private final Cenario b = Cenario.daEmpresa(db, "Outra Empresa SA");
    private final UUID mariaEmA = a.lead(empresa("Padaria Pão Quente")
            .contato("Maria Souza")
            .telefone(TELEFONE)
            .email(EMAIL));
    private final UUID mariaEmB =
            b.lead(empresa("Padaria Pão Quente").contato("Maria Souza").telefone(TELEFONE));

    private Caller admin(Cenario cenario) {
        return new Caller(
                UUID.randomUUID(), cenario.tenant(), "admin@alquimia.com.br", Role.admin, "203.0.113.9", "junit");
    }

    // --- opt-out by API ---

    @Test
    void anOptOutByApiUnsubscribesBlocksBothAddressesCancelsWhatIsComingAndConfirmsOnce() {
        UUID reuniao = agendamento(a, mariaEmA, "now() + interval '2 days'");
        UUID campanha = envioAgendado(a, mariaEmA);

        DescadastroFeito feito =
                db.inTransaction(() -> descadastros.descadastrar(admin(a), mariaEmA, "pediu por telefone"));
        DescadastroFeito deNovo =
                db.inTransaction(() -> descadastros.descadastrar(admin(a), mariaEmA, "pediu de novo"));

        assertThat(feito.alterado()).isTrue();
        assertThat(feito.canalDaConfirmacao()).isEqualTo("email");
        assertThat(deNovo.alterado()).isFalse();
        assertThat(deNovo.envioId()).isNull();
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", mariaEmA))
                .isEqualTo("descadastrado");
        assertThat(db.text("SELECT metadata->'descadastro'->>'reason' FROM nigredo_leads.leads WHERE id = ?", mariaEmA))
                .isEqualTo("descadastro pedido pela API: pediu por telefone");
        assertThat(db.text("SELECT metadata->'descadastro'->>'date' FROM nigredo_leads.leads WHERE id = ?", mariaEmA))
                .isNotBlank();
        assertThat(db.text("SELECT status FROM nigredo_leads.agendamentos WHERE id = ?", reuniao))
                .isEqualTo("cancelado");
        assertThat(db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", campanha))
                .isEqualTo("bloqueado");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND (telefone = ? OR email = ?)",
                        a.tenant(),
                        TELEFONE,
                        EMAIL))
                .isEqualTo(2);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE lead_id = ? AND tipo = 'confirmacao'"
                                + " AND status = 'agendado' AND canal = 'email' AND destinatario = ?"
                                + " AND corpo LIKE 'Pronto, Maria: o seu contato foi removido%'",
                        mariaEmA, EMAIL))
                .isEqualTo(1);
        assertThat(auditado(a, "lead.descadastro", mariaEmA.toString())).isEqualTo(1);
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", mariaEmB))
                .isEqualTo("novo");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ?", b.tenant()))
                .isZero();
    }

    @Test
    void anotherTenantsLeadCannotBeUnsubscribed() {
        assertThatThrownBy(() -> db.inTransaction(() -> descadastros.descadastrar(admin(a), mariaEmB, "x")))
                .isInstanceOf(NotFound.class);

        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", mariaEmB))
                .isEqualTo("novo");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.envios WHERE lead_id = ?", mariaEmB))
                .isZero();
    }

    // --- access and portability ---

    @Test
    void theExportHoldsEverythingTheTenantKeepsAboutThePersonAndNothingOfTheOtherTenant() {
        interacao(a, mariaEmA, "Tenho interesse, vamos agendar");
        interacao(b, mariaEmB, "Segredo da outra empresa");
        agendamento(a, mariaEmA, "now() + interval '2 days'");

        JsonObject exportacao =
                db.inTransaction(() -> titulares.exportar(admin(a), Titular.of("(11) 98765-4321", null)));

        assertThat(exportacao.getJsonObject("titular").getString("telefone")).isEqualTo(TELEFONE);
        assertThat(exportacao.getJsonArray("leads")).hasSize(1);
        JsonObject lead = exportacao.getJsonArray("leads").getJsonObject(0);
        assertThat(lead.getJsonObject("lead").getString("id")).isEqualTo(mariaEmA.toString());
        assertThat(lead.getJsonObject("lead").getString("email")).isEqualTo(EMAIL);
        assertThat(lead.getJsonArray("interacoes").getJsonObject(0).getString("mensagem"))
                .isEqualTo("Tenho interesse, vamos agendar");
        assertThat(lead.getJsonArray("agendamentos")).hasSize(1);
        assertThat(exportacao.toString())
                .doesNotContain("Segredo da outra empresa")
                .doesNotContain(mariaEmB.toString());
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'titular.exportacao' AND target_id = '+55119****4321'",
                        a.tenant()))
                .isEqualTo(1);
    }

    @Test
    void anUnknownPersonIsNotFoundAndNothingIsWritten() {
        long auditoria =
                db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?", a.tenant());

        assertThatThrownBy(() ->
                        db.inTransaction(() -> titulares.exportar(admin(a), Titular.of(null, "ninguem@x.com.br"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> db.inTransaction(() -> titulares.eliminar(admin(a), Titular.of("(21) 99999-0000", null))))
                .isInstanceOf(NotFound.class);

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.supressoes WHERE tenant_id = ?", a.tenant()))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?", a.tenant()))
                .isEqualTo(auditoria);
    }

    @Test
    void hostileIdentifiersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Titular.of(null, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("telefone/email");
        assertThatThrownBy(() -> Titular.of(TELEFONE, EMAIL))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> Titular.of("ramal 12", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("telefone:");
        assertThatThrownBy(() -> Titular.of(null, "sem-arroba"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("email:");
        assertThatThrownBy(() -> Titular.of("9".repeat(100_000), null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("longer than");
    }

    // --- erasure ---

    @Test
    void anErasureAnonymisesEveryPlaceOfThisTenantAndLeavesTheOtherTenantsPersonAlone() {
        interacao(a, mariaEmA, "Oi, sou a Maria, meu e-mail é " + EMAIL);
        interacao(b, mariaEmB, "Oi, sou a Maria da outra empresa");
        UUID envio = envioAgendado(a, mariaEmA);
        UUID reuniao = agendamento(a, mariaEmA, "now() + interval '2 days'");
        db.execute("UPDATE nigredo_leads.agendamentos SET briefing = 'Maria quer pão' WHERE id = ?", reuniao);
        db.execute(
                "INSERT INTO nigredo_leads.calendario_eventos (id, tenant_id, agendamento_id, periodo, titulo, descricao,"
                        + " participantes, provedor) VALUES (?, ?, ?, tstzrange(now() + interval '2 days', now()"
                        + " + interval '2 days 1 hour'), 'Reunião - Maria Silva', 'Maria quer pão', ?::jsonb, 'embutido')",
                UUID.randomUUID(),
                a.tenant(),
                reuniao,
                "[\"" + EMAIL + "\", \"vendas@alquimia.com.br\"]");
        db.execute(
                "INSERT INTO nigredo_leads.blocklist (id, tenant_id, lead_id, telefone, motivo) VALUES (?, ?, ?, ?, 'x')",
                UUID.randomUUID(),
                a.tenant(),
                mariaEmA,
                TELEFONE);
        db.execute(
                "INSERT INTO nigredo_leads.mensagens_orfas (id, tenant_id, canal, remetente, texto,"
                        + " provider_message_id, recebida_em) VALUES (?, ?, 'email', ?, 'sou eu de novo', ?, now())",
                UUID.randomUUID(),
                a.tenant(),
                EMAIL,
                "<" + UUID.randomUUID() + "@mail>");
        db.execute(
                "INSERT INTO nigredo_leads.webhooks_recebidos (id, provedor, corpo) VALUES (?, 'whatsapp', ?)",
                UUID.randomUUID(),
                "{\"from\": \"5511987654321\", \"text\": \"PARE\"}");
        db.inTransaction(() -> consentimentos.definir(
                admin(a), mariaEmA, BaseLegal.consentimento, "formulário do site", "aceite em 2026-11-01", null));

        Eliminacao eliminacao = db.inTransaction(() -> titulares.eliminar(admin(a), Titular.of("11 98765 4321", null)));

        assertThat(eliminacao.leads()).containsExactly(mariaEmA);
        assertThat(db.text(
                        "SELECT concat_ws('|', contato, telefone, email, cnpj, metadata::text, dedupe_key, status)"
                                + " FROM nigredo_leads.leads WHERE id = ?",
                        mariaEmA))
                .isEqualTo("ANONIMIZADO|{}|novo");
        assertThat(db.text("SELECT mensagem FROM nigredo_leads.interacoes WHERE lead_id = ?", mariaEmA))
                .isEqualTo("ANONIMIZADO");
        assertThat(db.text("SELECT concat_ws('|', status, destinatario) FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo("cancelado|ANONIMIZADO");
        assertThat(db.value("SELECT briefing FROM nigredo_leads.agendamentos WHERE lead_id = ?", mariaEmA))
                .isNull();
        assertThat(db.text(
                        "SELECT concat_ws('|', titulo, descricao, participantes::text)"
                                + " FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?",
                        reuniao))
                .isEqualTo("Reunião - ANONIMIZADO|ANONIMIZADO|[\"vendas@alquimia.com.br\"]");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ?", a.tenant()))
                .isZero();
        assertThat(db.text("SELECT texto FROM nigredo_leads.mensagens_orfas WHERE tenant_id = ?", a.tenant()))
                .isEqualTo("ANONIMIZADO");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.webhooks_recebidos WHERE corpo LIKE '%5511987654321%'"))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.supressoes WHERE tenant_id = ? AND titular = ?",
                        a.tenant(),
                        eliminacao.titular()))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.supressoes WHERE hash IN (?, ?)", TELEFONE, EMAIL))
                .as("only keyed hashes are kept")
                .isZero();
        assertThat(db.text(
                        "SELECT concat_ws('|', base_legal, fonte, evidencia, length(telefone_hash), length(email_hash))"
                                + " FROM nigredo_leads.consentimentos WHERE lead_id = ?",
                        mariaEmA))
                .isEqualTo("consentimento|formulário do site|64|64");
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'titular.eliminacao' AND details->>'identificador' = '+55119****4321'",
                        a.tenant()))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND (details::text LIKE '%98765%' OR details::text LIKE '%paoquente%')",
                        a.tenant()))
                .isZero();
        assertThat(db.text("SELECT concat_ws('|', contato, telefone) FROM nigredo_leads.leads WHERE id = ?", mariaEmB))
                .isEqualTo("Maria Souza|" + TELEFONE);
        assertThat(db.text("SELECT mensagem FROM nigredo_leads.interacoes WHERE lead_id = ?", mariaEmB))
                .isEqualTo("Oi, sou a Maria da outra empresa");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.supressoes WHERE tenant_id = ?", b.tenant()))
                .isZero();
        assertThat(db.inTransaction(() -> titulares.resumo(admin(a))).pessoasSuprimidas())
                .isEqualTo(1);
        assertThat(db.inTransaction(() -> titulares.resumo(admin(b))).pessoasSuprimidas())
                .isZero();
    }

    @Test
    void anErasedPersonImportedAgainIsReportedAsSuppressedWhileTheOtherTenantStillReceivesThem() {
        db.inTransaction(() -> titulares.eliminar(admin(a), Titular.of(null, "Maria@PaoQuente.com.br")));

        UUID reimportA = importar(a, "(11) 98765-4321", null);
        UUID reimportPorEmail = importar(a, null, " MARIA@paoquente.com.br ");
        UUID importB = importar(b, "11987654321", "maria@paoquente.com.br");

        assertThat(db.text(
                        "SELECT concat_ws('|', accepted, suppressed, processed_rows) FROM nigredo_leads.imports WHERE id = ?",
                        reimportA))
                .isEqualTo("0|1|1");
        assertThat(db.text("SELECT problem FROM nigredo_leads.import_issues WHERE import_id = ?", reimportA))
                .isEqualTo(Supressoes.PROBLEMA_NO_IMPORT);
        assertThat(db.text("SELECT suppressed FROM nigredo_leads.imports WHERE id = ?", reimportPorEmail))
                .isEqualTo("1");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ? AND telefone = ?",
                        a.tenant(),
                        TELEFONE))
                .isZero();
        assertThat(db.text(
                        "SELECT concat_ws('|', accepted, suppressed) FROM nigredo_leads.imports WHERE id = ?", importB))
                .isEqualTo("1|0");
    }

    @Test
    void aPendingImportRowOfThePersonIsDroppedAndCountedAsSuppressed() {
        UUID pendente = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.imports (id, tenant_id, source, total_rows) VALUES (?, ?, 'csv', 2)",
                pendente,
                a.tenant());
        db.execute(
                "INSERT INTO nigredo_leads.import_rows (import_id, row_number, data) VALUES (?, 1, CAST(? AS jsonb)),"
                        + " (?, 2, CAST(? AS jsonb))",
                pendente,
                "{\"empresa\": \"Padaria\", \"telefone\": \"(11) 98765-4321\"}",
                pendente,
                "{\"empresa\": \"Mercado\", \"telefone\": \"(11) 91234-0000\"}");

        db.inTransaction(() -> titulares.eliminar(admin(a), Titular.of(TELEFONE, null)));

        assertThat(db.count("SELECT count(*) FROM nigredo_leads.import_rows WHERE import_id = ?", pendente))
                .isEqualTo(1);
        assertThat(db.text(
                        "SELECT concat_ws('|', processed_rows, suppressed) FROM nigredo_leads.imports WHERE id = ?",
                        pendente))
                .isEqualTo("1|1");
    }

    // --- consent ---

    @Test
    void anImportRecordsTheLegalBasisAndAManagerMayChangeItUntilThePersonIsErased() {
        UUID importacao = importar(a, "(21) 99876-5432", "joao@mercado.com.br");
        UUID joao =
                UUID.fromString(db.text("SELECT id::text FROM nigredo_leads.leads WHERE import_id = ?", importacao));

        ConsentimentoView noImport = db.inTransaction(() -> consentimentos.ler(admin(a), joao));
        ConsentimentoView mudado = db.inTransaction(() -> consentimentos.definir(
                admin(a), joao, BaseLegal.consentimento, "ligação gravada", "protocolo 123", null));

        assertThat(noImport.baseLegal()).isEqualTo("legitimo_interesse");
        assertThat(noImport.fonte()).startsWith("importação").endsWith(", linha 1");
        assertThat(mudado.baseLegal()).isEqualTo("consentimento");
        assertThat(mudado.evidencia()).isEqualTo("protocolo 123");
        assertThat(auditado(a, "lead.consentimento", joao.toString())).isEqualTo(1);

        db.inTransaction(() -> titulares.eliminar(admin(a), Titular.of(null, "joao@mercado.com.br")));

        assertThatThrownBy(() -> db.inTransaction(
                        () -> consentimentos.definir(admin(a), joao, BaseLegal.legitimo_interesse, "x", null, null)))
                .isInstanceOf(Conflict.class);
        ConsentimentoView depois = db.inTransaction(() -> consentimentos.ler(admin(a), joao));
        assertThat(depois.evidencia()).isNull();
        assertThat(depois.anonimizadoEm()).isNotNull();
        assertThatThrownBy(() -> db.inTransaction(() -> consentimentos.ler(admin(b), joao)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRowWithOptInEvidenceIsRecordedAsConsent() {
        UUID importacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.imports (id, tenant_id, source, file_name, total_rows)"
                        + " VALUES (?, ?, 'csv', 'leads.csv', 1)",
                importacao,
                a.tenant());
        db.execute(
                "INSERT INTO nigredo_leads.import_rows (import_id, row_number, data) VALUES (?, 1, CAST(? AS jsonb))",
                importacao,
                "{\"empresa\": \"Bar do Zé Ltda\", \"contato\": \"Zé\", \"telefone\": \"(31) 99876-1111\", \"opt_in_whatsapp\": \"sim\"}");
        db.inTransaction(() -> recebimento().processChunk(importacao, a.tenant()));

        assertThat(db.text(
                        "SELECT field || ': ' || problem FROM nigredo_leads.import_issues WHERE import_id = ?",
                        importacao))
                .isNull();
        assertThat(db.text(
                        "SELECT concat_ws('|', c.base_legal, c.fonte, c.evidencia) FROM nigredo_leads.consentimentos c"
                                + " JOIN nigredo_leads.leads l ON l.id = c.lead_id WHERE l.import_id = ?",
                        importacao))
                .isEqualTo("consentimento|importação do arquivo leads.csv " + importacao + ", linha 1|sim (import "
                        + importacao + ", linha 1)");
    }

    // --- retention ---

    @Test
    void retentionAnonymisesOnlyInteracoesOlderThanTheConfiguredAgeAndIsIdempotent() {
        UUID antiga = interacao(a, mariaEmA, "mensagem de 2024");
        UUID recente = interacao(a, mariaEmA, "mensagem de ontem");
        db.execute(
                "UPDATE nigredo_leads.interacoes SET created_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(731))),
                antiga);
        db.execute(
                "UPDATE nigredo_leads.interacoes SET created_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))),
                recente);
        Retencao retencao = new Retencao();
        retencao.dataSource = db.dataSource();
        retencao.clock = clock;
        retencao.dias = 730;

        int primeira = db.inTransaction(retencao::anonimizarInteracoesAntigas);
        int segunda = db.inTransaction(retencao::anonimizarInteracoesAntigas);
        clock.advance(Duration.ofDays(730));
        int dois_anos_depois = db.inTransaction(retencao::anonimizarInteracoesAntigas);

        assertThat(primeira).isGreaterThanOrEqualTo(1);
        assertThat(segunda).isZero();
        assertThat(dois_anos_depois).isGreaterThanOrEqualTo(1);
        assertThat(db.text("SELECT mensagem FROM nigredo_leads.interacoes WHERE id = ?", antiga))
                .isEqualTo("ANONIMIZADO");
        assertThat(db.text("SELECT mensagem FROM nigredo_leads.interacoes WHERE id = ?", recente))
                .isEqualTo("ANONIMIZADO");
    }

    // --- the scene ---

    private UUID importar(Cenario cenario, String telefone, String email) {
        UUID importacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.imports (id, tenant_id, source, total_rows) VALUES (?, ?, 'api', 1)",
                importacao,
                cenario.tenant());
        StringBuilder row = new StringBuilder("{\"empresa\": \"Padaria Pão Quente\", \"contato\": \"Maria\"");
        if (telefone != null) {
            row.append(", \"telefone\": \"").append(telefone).append('"');
        }
        if (email != null) {
            row.append(", \"email\": \"").append(email).append('"');
        }
        db.execute(
                "INSERT INTO nigredo_leads.import_rows (import_id, row_number, data) VALUES (?, 1, CAST(? AS jsonb))",
                importacao,
                row.append('}').toString());
        db.inTransaction(() -> recebimento().processChunk(importacao, cenario.tenant()));
        return importacao;
    }

    private ImportProcessing recebimento() {
        return Beans.wire(new ImportProcessing(), db.dataSource(), new SemConsulta(), (Clock) clock, chave);
    }

    private UUID interacao(Cenario cenario, UUID lead, String mensagem) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem)"
                        + " VALUES (?, ?, ?, 'recebido', 'whatsapp', ?)",
                id,
                cenario.tenant(),
                lead,
                mensagem);
        return id;
    }

    private UUID agendamento(Cenario cenario, UUID lead, String quando) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.agendamentos (id, lead_id, tenant_id, data_hora, status)"
                        + " VALUES (?, ?, ?, " + quando + ", 'confirmado')",
                id,
                lead,
                cenario.tenant());
        return id;
    }

    private UUID envioAgendado(Cenario cenario, UUID lead) {
        UUID id = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.envios (id, tenant_id, lead_id, tipo, canal, destinatario, corpo,"
                        + " idempotency_key, status, due_at) VALUES (?, ?, ?, 'resposta', 'whatsapp', ?, 'Oi Maria',"
                        + " ?, 'agendado', now())",
                id,
                cenario.tenant(),
                lead,
                TELEFONE,
                "teste:" + id);
        return id;
    }

    private long auditado(Cenario cenario, String action, String target) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ? AND action = ? AND target_id = ?",
                cenario.tenant(),
                action,
                target);
    }

    private static final class SemConsulta extends Enriquecimento {
        @Override
        public boolean inline() {
            return true;
        }

        @Override
        public ResultadoDaConsulta consultar(String cnpj) {
            return new ResultadoDaConsulta.NaoEncontrada();
        }
    }
}
