package ai.alquimista.nigredo.conversas.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A lead answers on a channel: the reply is recorded once however often the provider delivers it, Atendimento is told,
 * and a request to stop is honoured on arrival (LGPD) even for a tenant that activated no answering agent.
 */
class RespostasTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00Z");

    private final PublishedEvents eventos = new PublishedEvents();
    private final Respostas respostas =
            Beans.wire(new Respostas(), db.dataSource(), eventos, Beans.wire(new AuditTrail(), db.entityManager()));

    private final Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
    private final UUID maria =
            cenario.lead(empresa("Padaria Pão Quente").contato("Maria").telefone("+5511987654321"));

    private RespostaRecebida resposta(UUID lead, String texto, String wamid) {
        return new RespostaRecebida(cenario.tenant(), lead, "whatsapp", "+5511987654321", texto, wamid, AGORA, null);
    }

    @Test
    void aReplyDeliveredThreeTimesIsOneInteracaoAndOneEventForAtendimento() {
        RespostaRecebida interesse = resposta(maria, "Tenho interesse, vamos agendar", "wamid.HBgM1");

        Optional<UUID> primeira = db.inTransaction(() -> respostas.registrar(interesse));
        Optional<UUID> segunda = db.inTransaction(() -> respostas.registrar(interesse));
        Optional<UUID> terceira = db.inTransaction(() -> respostas.registrar(interesse));

        assertThat(primeira).isPresent();
        assertThat(segunda).isEmpty();
        assertThat(terceira).isEmpty();
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.interacoes WHERE lead_id = ? AND tipo = 'recebido'"
                                + " AND provider_message_id = 'wamid.HBgM1'",
                        maria))
                .isEqualTo(1);
        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("respondeu");
        assertThat(eventos.all()).singleElement().satisfies(publicado -> {
            assertThat(publicado.tenantId()).isEqualTo(cenario.tenant());
            assertThat(publicado.event())
                    .isEqualTo(new LeadRespondeu(
                            maria, primeira.get(), "whatsapp", "Tenho interesse, vamos agendar", false));
        });
    }

    @Test
    void pareUnsubscribesBlocklistsCancelsTheComingMeetingAndIsAudited() {
        UUID reuniao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.agendamentos (id, lead_id, tenant_id, data_hora, status)"
                        + " VALUES (?, ?, ?, now() + interval '2 days', 'confirmado')",
                reuniao,
                maria,
                cenario.tenant());
        db.execute(
                "INSERT INTO nigredo_leads.calendario_eventos (id, tenant_id, agendamento_id, periodo, titulo, provedor)"
                        + " VALUES (?, ?, ?, tstzrange(now() + interval '2 days', now() + interval '2 days 1 hour'),"
                        + " 'Reunião - Padaria Pão Quente', 'embutido')",
                UUID.randomUUID(),
                cenario.tenant(),
                reuniao);

        db.inTransaction(() -> respostas.registrar(resposta(maria, "PARE", "wamid.HBgM2")));

        assertThat(db.text("SELECT status FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("descadastrado");
        assertThat(db.text("SELECT metadata->'descadastro'->>'reason' FROM nigredo_leads.leads WHERE id = ?", maria))
                .isEqualTo("pediu para sair: PARE");
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.blocklist WHERE tenant_id = ? AND telefone = ?",
                        cenario.tenant(),
                        "+5511987654321"))
                .isEqualTo(1);
        assertThat(db.text("SELECT status FROM nigredo_leads.agendamentos WHERE id = ?", reuniao))
                .isEqualTo("cancelado");
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE agendamento_id = ?", reuniao))
                .as("the cancelled meeting's time is free again")
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'lead.descadastro' AND target_id = ?",
                        cenario.tenant(),
                        maria.toString()))
                .isEqualTo(1);
        assertThat(eventos.all())
                .singleElement()
                .satisfies(publicado -> assertThat(((LeadRespondeu) publicado.event()).descadastro())
                        .isTrue());
    }

    @Test
    void theSameProviderIdAtAnotherTenantIsAnotherReply() {
        Cenario outra = Cenario.daEmpresa(db, "Outra Empresa SA");
        UUID joao = outra.lead(empresa("Mercado Bom").contato("João").telefone("+5521987654321"));

        db.inTransaction(() -> respostas.registrar(resposta(maria, "Oi", "wamid.HBgM3")));
        Optional<UUID> daOutra = db.inTransaction(() -> respostas.registrar(new RespostaRecebida(
                outra.tenant(), joao, "whatsapp", "+5521987654321", "Oi", "wamid.HBgM3", AGORA, null)));

        assertThat(daOutra).isPresent();
        assertThat(db.text("SELECT tenant_id::text FROM nigredo_leads.interacoes WHERE id = ?", daOutra.get()))
                .isEqualTo(outra.tenant().toString());
    }
}
