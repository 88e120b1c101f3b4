package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.UUID;

/**
 * What the audit log says of a person's acts on a campaign, in their transaction: every change, and every read of
 * personal data (a preview shows leads' addresses; the sends list too).
 */
@Dependent
public class AuditoriaDeCampanhas {

    static final String PREVIA = "campanha.preview";
    static final String ENVIOS = "campanha.envios";
    static final String MENSAGENS = "campanha.mensagens";
    static final String APROVACAO = "campanha.approve";
    static final String PAUSA = "campanha.pause";
    static final String RETOMADA = "campanha.resume";
    static final String INSCRICAO_AUTOMATICA = "campanha.inscricao_automatica";

    @Inject
    AuditTrail audit;

    public void previa(Caller caller, UUID campanhaId) {
        record(caller, PREVIA, campanhaId);
    }

    public void envios(Caller caller, UUID campanhaId) {
        record(caller, ENVIOS, campanhaId);
    }

    public void mensagens(Caller caller, UUID campanhaId) {
        record(caller, MENSAGENS, campanhaId);
    }

    public void aprovacao(Caller caller, UUID campanhaId) {
        record(caller, APROVACAO, campanhaId);
    }

    public void pausa(Caller caller, UUID campanhaId) {
        record(caller, PAUSA, campanhaId);
    }

    public void retomada(Caller caller, UUID campanhaId) {
        record(caller, RETOMADA, campanhaId);
    }

    /** Automatic enrolment turned on or off; the details say which. */
    public void inscricaoAutomatica(Caller caller, UUID campanhaId, boolean ligada) {
        audit.record(
                caller,
                INSCRICAO_AUTOMATICA,
                "campanha",
                campanhaId.toString(),
                Json.createObjectBuilder().add("ativa", ligada).build());
    }

    private void record(Caller caller, String action, UUID campanhaId) {
        audit.record(caller, action, "campanha", campanhaId.toString());
    }
}
