package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.nigredo.atendimento.ConfirmacaoDeDescadastro;
import ai.alquimista.nigredo.atendimento.PoliticaDaMarca;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.EnvioDeConversa;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.leads.boundary.ListaDeBloqueio;
import ai.alquimista.nigredo.titulares.control.DescadastroQuery;
import ai.alquimista.nigredo.titulares.control.DescadastroQuery.LeadDoDescadastro;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seed 001's handleDescadastro asked through the API (a person told the tenant by phone or in a meeting): the lead
 * becomes descadastrado with metadata.descadastro {date, reason}, its meetings still to come are cancelled, its phone
 * and e-mail go on the blocklist and its waiting sends close (all through {@link ListaDeBloqueio}, as a SAIR reply
 * does), the lead is told once through Disparo's conversation path, and the act is audited. A second call changes
 * nothing and sends nothing.
 */
@Stateless
public class Descadastros {

    private static final Logger LOG = Logger.getLogger(Descadastros.class.getName());

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EnviosDaConversa envios;

    @Inject
    AuditTrail audit;

    public DescadastroFeito descadastrar(Caller caller, UUID leadId, String motivo) {
        try (Connection db = dataSource.getConnection()) {
            LeadDoDescadastro lead = DescadastroQuery.bloquear(db, caller.tenantId(), leadId)
                    .orElseThrow(() -> new NotFound("no lead " + leadId));
            if ("descadastrado".equals(lead.status())) {
                return new DescadastroFeito(leadId, lead.status(), false, null, null);
            }
            if (lead.semEndereco()) {
                throw new Conflict("lead " + leadId + " holds no phone or e-mail (its data was erased)");
            }
            CanalDeEnvio canal = lead.canalDaConfirmacao();
            String razao = "descadastro pedido pela API: " + motivo;
            ListaDeBloqueio.descadastrar(db, caller.tenantId(), leadId, canal.name(), lead.endereco(canal), razao);
            CanalDeEnvio outro = canal == CanalDeEnvio.email ? CanalDeEnvio.whatsapp : CanalDeEnvio.email;
            if (lead.endereco(outro) != null) {
                ListaDeBloqueio.bloquear(db, caller.tenantId(), leadId, outro.name(), lead.endereco(outro), razao);
            }
            UUID envio = envios.programar(confirmacao(lead, canal));
            audit.record(
                    caller,
                    "lead.descadastro",
                    "lead",
                    leadId.toString(),
                    Json.createObjectBuilder()
                            .add("origem", "api")
                            .add("motivo", motivo)
                            .add("canal_da_confirmacao", canal.name())
                            .add("envio_id", envio.toString())
                            .build());
            return new DescadastroFeito(leadId, "descadastrado", true, canal.name(), envio);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot unsubscribe lead " + leadId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The confirmation is keyed on a name-based id of the lead's opt-out by API (there is no reply to key it on, and a
     * made-up interação would count as the lead writing or as a first contact): at most one, however often asked.
     */
    static UUID idDoPedido(UUID tenantId, UUID leadId) {
        return UUID.nameUUIDFromBytes(("descadastro-api:" + tenantId + ":" + leadId).getBytes(StandardCharsets.UTF_8));
    }

    private static EnvioDeConversa confirmacao(LeadDoDescadastro lead, CanalDeEnvio canal) {
        PoliticaDaMarca politica = politica(lead);
        String texto = politica.assinada(
                ConfirmacaoDeDescadastro.texto(lead.contato(), lead.empresaCliente(), politica.tamanhoDoCorpo()));
        return new EnvioDeConversa(
                lead.tenantId(),
                lead.id(),
                idDoPedido(lead.tenantId(), lead.id()),
                TipoDeEnvio.confirmacao,
                canal,
                canal == CanalDeEnvio.email ? "Descadastro confirmado — " + lead.empresaCliente() : null,
                texto,
                Duration.ZERO);
    }

    /** The brand's signature and length from Atendimento's settings, as Atendimento signs the same confirmation. */
    private static PoliticaDaMarca politica(LeadDoDescadastro lead) {
        try {
            return PoliticaDaMarca.de(lead.atendimento());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Atendimento settings of tenant " + lead.tenantId() + " are invalid (" + e.getMessage()
                    + "): the opt-out confirmation goes with the default policy");
            return PoliticaDaMarca.padrao();
        }
    }
}
