package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.nigredo.recebimento.control.LoteAberto;
import ai.alquimista.nigredo.recebimento.control.LotesAbertosQuery.Lugar;
import ai.alquimista.platform.auth.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A post of a few leads is cheap: its rows join the tenant's open lote (one import for every small post of the
 * moment) in two short transactions that wait for no other post; {@link LotesAbertosTimer} closes a lote a few hundred
 * milliseconds after it opened and hands it to Recebimento as one import. So a busy integration posting one lead
 * at a time starts one chain of agents per lote, not one per lead.
 */
@Stateless
public class LotesAbertos {

    /** The most leads one post may bring into the open lote ({@code alquimista.recebimento.lote-max-leads}). */
    public static final int MAX_LEADS = 100;

    @Inject
    LeadIntake intake;

    @Inject
    LoteAberto lote;

    @Inject
    Clock clock;

    /**
     * Takes a post of a few leads into the tenant's open lote. No transaction of its own: the reservation and the
     * writing are two short ones, so that posts never queue behind each other's commits.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReceipt receber(Caller caller, List<JsonObject> leads) {
        if (leads.isEmpty() || leads.size() > MAX_LEADS) {
            throw new IllegalArgumentException("a lote takes 1 to " + MAX_LEADS + " leads, not " + leads.size());
        }
        intake.requireRecebimento(caller);
        Optional<Lugar> lugar = Optional.empty();
        while (lugar.isEmpty()) {
            lugar = lote.juntar(caller, lote.reservar(caller.tenantId(), leads.size()), leads);
        }
        return ImportReceipt.ofLote(
                lugar.get().importId(), leads.size(), lugar.get().firstRow());
    }

    /**
     * Closes the lotes open for at least {@code age} and hands each to Recebimento; how many closed. Two transactions:
     * the lotes stop taking posts, then each closes once the posts still being written into it are.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int fechar(Duration age) {
        lote.encerrar(clock.instant().minus(age));
        return lote.fechar();
    }
}
