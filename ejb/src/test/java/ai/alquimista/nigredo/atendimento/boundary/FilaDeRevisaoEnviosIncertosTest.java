package ai.alquimista.nigredo.atendimento.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.disparo.control.Tentativas;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WhatsApp send whose answer never came, and that no status webhook settled within {@code
 * alquimista.disparo.incerto-minutos}, waits for a person in the review queue of its own tenant only: the person
 * confirms it arrived, sends it again, or gives it up, and each decision is audited.
 */
class FilaDeRevisaoEnviosIncertosTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00Z");

    private final Clock clock = Clock.fixed(AGORA, ZoneOffset.UTC);
    private final PublishedEvents eventos = new PublishedEvents();
    private FilaDeRevisao fila;

    private Cenario padaria;
    private Caller gil;
    private Cenario oficina;
    private Caller olga;

    @BeforeEach
    void twoTenantsWithDisparo() {
        EnviosDaConversa envios = Beans.wire(
                new EnviosDaConversa(),
                db.dataSource(),
                Beans.wire(new RelogioDoDisparo(), clock, Optional.<String>empty()));
        fila = Filas.deRevisao(db, envios, eventos, Beans.wire(new AuditTrail(), db.entityManager()), clock);
        String n = UUID.randomUUID().toString().substring(0, 8);
        padaria = Cenario.daEmpresa(db, "Alquimia Vendas " + n).comAgentes("nigredo-disparo", "nigredo-atendimento");
        gil = padaria.gestor("gil." + n + "@alquimia.com.br");
        oficina = Cenario.daEmpresa(db, "Oficina Beta " + n).comAgentes("nigredo-disparo", "nigredo-atendimento");
        olga = oficina.gestor("olga." + n + "@oficinabeta.com.br");
    }

    @Test
    void anUnsettledWhatsappSendIsInItsTenantsQueueOnlyUntilItIsHandedToAPerson() {
        UUID esperando = incertoNoWhatsapp(padaria, "Padaria Pão Quente", "+5511987654321", true);
        UUID aindaNoPrazo = incertoNoWhatsapp(padaria, "Confeitaria Doce", "+5511912345678", false);
        UUID daOficina = incertoNoWhatsapp(oficina, "Auto Peças Sul", "+5551987650000", true);

        Page<RespostaEmRevisao> daPadaria = db.inTransaction(() -> fila.pendentes(gil, 0, 50));
        Page<RespostaEmRevisao> daOutra = db.inTransaction(() -> fila.pendentes(olga, 0, 50));

        assertThat(daPadaria.items())
                .as("the send still within its time for a status webhook is not a person's yet")
                .extracting(RespostaEmRevisao::id)
                .containsExactly(esperando)
                .doesNotContain(aindaNoPrazo, daOficina);
        assertThat(daPadaria.items()).singleElement().satisfies(item -> {
            assertThat(item.tipo()).isEqualTo(FilaDeRevisao.ENVIO_INCERTO);
            assertThat(item.canal()).isEqualTo("whatsapp");
            assertThat(item.destinatario()).isEqualTo("+5511987654321");
            assertThat(item.empresa()).isEqualTo("Padaria Pão Quente");
            assertThat(item.rascunho()).isEqualTo("Olá! Somos a Alquimia.");
            assertThat(item.motivo()).isEqualTo(Tentativas.PARA_PESSOA_WHATSAPP);
            assertThat(item.status()).isEqualTo("pendente");
        });
        assertThat(daOutra.items()).extracting(RespostaEmRevisao::id).containsExactly(daOficina);
    }

    @Test
    void aPersonWhoFoundItArrivedConfirmsItOnceAndTheLeadCountsAsContacted() {
        UUID envio = incertoNoWhatsapp(padaria, "Padaria Pão Quente", "+5511987654321", true);

        RespostaEmRevisao decidido = db.inTransaction(() -> fila.confirmar(gil, envio));

        assertThat(decidido.status()).isEqualTo("enviada");
        assertThat(statusDo(envio)).isEqualTo("enviado");
        assertThat(db.text(
                        "SELECT l.status FROM nigredo_leads.leads l JOIN nigredo_leads.envios e ON e.lead_id = l.id"
                                + " WHERE e.id = ?",
                        envio))
                .isEqualTo("contatado");
        assertThat(eventos.all()).as("nigredo.disparo.sent, once").hasSize(1);
        assertThat(db.inTransaction(() -> fila.pendentes(gil, 0, 50)).items()).isEmpty();
        assertThatThrownBy(() -> db.inTransaction(() -> fila.confirmar(gil, envio)))
                .as("decided: no longer in the queue")
                .isInstanceOf(NotFound.class);
        assertThat(auditado("disparo.envio_incerto.confirmado", envio)).isEqualTo(1);
    }

    @Test
    void aPersonWhoFoundItNeverArrivedSendsItAgainAsItWasDueNow() {
        UUID envio = incertoNoWhatsapp(padaria, "Padaria Pão Quente", "+5511987654321", true);

        assertThatThrownBy(() -> db.inTransaction(() -> fila.aprovar(gil, envio, Optional.of("outro texto"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("texto");
        RespostaEmRevisao decidido = db.inTransaction(() -> fila.aprovar(gil, envio, Optional.empty()));

        assertThat(decidido.status()).isEqualTo("enviada");
        assertThat(statusDo(envio)).isEqualTo("agendado");
        assertThat(db.value("SELECT due_at FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(Timestamp.from(AGORA));
        assertThat(db.value("SELECT para_pessoa_em FROM nigredo_leads.envios WHERE id = ?", envio))
                .isNull();
        assertThat(db.text("SELECT motivo FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(Tentativas.REENVIO_POR_PESSOA);
        assertThat(eventos.all()).as("nothing is sent until Disparo sends it").isEmpty();
        assertThat(auditado("disparo.envio_incerto.reenviado", envio)).isEqualTo(1);
    }

    @Test
    void aPersonGivesItUpAndNothingIsSent() {
        UUID envio = incertoNoWhatsapp(padaria, "Padaria Pão Quente", "+5511987654321", true);

        RespostaEmRevisao decidido = db.inTransaction(() -> fila.descartar(gil, envio));

        assertThat(decidido.status()).isEqualTo("descartada");
        assertThat(statusDo(envio)).isEqualTo("falhou");
        assertThat(db.text("SELECT motivo FROM nigredo_leads.envios WHERE id = ?", envio))
                .isEqualTo(FilaDeRevisao.DESISTENCIA);
        assertThat(auditado("disparo.envio_incerto.descartado", envio)).isEqualTo(1);
    }

    @Test
    void anotherTenantsUncertainSendIsNotFoundAndStaysAsItWas() {
        UUID daOficina = incertoNoWhatsapp(oficina, "Auto Peças Sul", "+5551987650000", true);

        assertThatThrownBy(() -> db.inTransaction(() -> fila.confirmar(gil, daOficina)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> fila.aprovar(gil, daOficina, Optional.empty())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> fila.descartar(gil, daOficina)))
                .isInstanceOf(NotFound.class);

        assertThat(statusDo(daOficina)).isEqualTo("incerto");
        assertThat(db.inTransaction(() -> fila.pendentes(olga, 0, 50)).items())
                .extracting(RespostaEmRevisao::id)
                .containsExactly(daOficina);
    }

    @Test
    void aReplyOfTheQueueCannotBeConfirmed() {
        UUID lead = padaria.lead(empresa("Padaria Pão Quente").email("maria@paoquente.com.br"));
        UUID interacao = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.interacoes (id, tenant_id, lead_id, tipo, canal, mensagem, created_at)"
                        + " VALUES (?, ?, ?, 'recebido', 'email', 'Quanto custa?', now())",
                interacao,
                padaria.tenant(),
                lead);
        UUID resposta = UUID.randomUUID();
        db.execute(
                "INSERT INTO nigredo_leads.respostas_em_revisao (id, tenant_id, lead_id, interacao_id, canal, rascunho,"
                        + " motivo, proximo_passo) VALUES (?, ?, ?, ?, 'email', 'Olá!', 'preço', 'send_message')",
                resposta,
                padaria.tenant(),
                lead,
                interacao);

        assertThatThrownBy(() -> db.inTransaction(() -> fila.confirmar(gil, resposta)))
                .isInstanceOf(Conflict.class);
        assertThat(db.inTransaction(() -> fila.pendentes(gil, 0, 50)).items())
                .singleElement()
                .satisfies(item -> assertThat(item.tipo()).isEqualTo(FilaDeRevisao.RESPOSTA));
    }

    /**
     * A campaign's first WhatsApp message as Disparo leaves it when Meta's answer never came ({@code incerto}, with the
     * text as it went), and, once no status webhook settled it in time, handed to a person.
     */
    private UUID incertoNoWhatsapp(Cenario cenario, String empresa, String telefone, boolean paraPessoa) {
        UUID lead = cenario.lead(empresa(empresa).telefone(telefone).optIn("formulário do site"));
        UUID campanha = cenario.rascunhoPlanejado(AGORA.minus(Duration.ofDays(1)));
        UUID envio = cenario.envio(campanha, lead, "topo", "incerto", AGORA.minus(Duration.ofHours(1)), null);
        Instant tentativa = AGORA.minus(Duration.ofMinutes(45));
        db.execute(
                "UPDATE nigredo_leads.envios SET canal = 'whatsapp', destinatario = ?, tentativa_id = ?,"
                        + " tentativa_em = ?, sent_at = ?, mensagem_enviada = 'Olá! Somos a Alquimia.',"
                        + " incerto_desde = ?, para_pessoa_em = ?, motivo = ? WHERE id = ?",
                telefone,
                UUID.randomUUID(),
                Timestamp.from(tentativa),
                Timestamp.from(tentativa),
                Timestamp.from(tentativa),
                paraPessoa ? Timestamp.from(AGORA.minus(Duration.ofMinutes(10))) : null,
                paraPessoa
                        ? Tentativas.PARA_PESSOA_WHATSAPP
                        : "envio incerto, aguardando o status do WhatsApp: read timeout",
                envio);
        return envio;
    }

    private String statusDo(UUID envio) {
        return db.text("SELECT status FROM nigredo_leads.envios WHERE id = ?", envio);
    }

    private long auditado(String action, UUID envio) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = ? AND target_type = 'envio' AND target_id = ?",
                action,
                envio.toString());
    }
}
