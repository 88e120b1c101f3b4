package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.estrategia.CamposDoLead;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.ModeloDeMensagem;
import ai.alquimista.nigredo.estrategia.Renderizacao;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.boundary.EtapaDaPrevia;
import ai.alquimista.nigredo.estrategia.boundary.LeadDaPrevia;
import ai.alquimista.nigredo.estrategia.boundary.PreviaDaCampanha;
import ai.alquimista.nigredo.estrategia.boundary.PreviaDoLead;
import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.templates.TemplateRefused;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** A campaign's messages for its first leads, rendered in the template sandbox as each lead would receive them. */
@Dependent
public class PreviaDeMensagens {

    @Inject
    CampanhasQuery query;

    public PreviaDaCampanha previa(Campanha campanha, int limite) {
        Roteiro roteiro = Roteiro.fromJson(campanha.getMensagens());
        String remetente = query.remetente(campanha.getTenantId());
        List<PreviaDoLead> items = query.leadsDaPrevia(campanha.getTenantId(), campanha.getId(), limite).stream()
                .map(lead -> previa(lead, roteiro, remetente))
                .toList();
        return new PreviaDaCampanha(campanha.getId().toString(), items);
    }

    private static PreviaDoLead previa(CampanhasQuery.LeadDaCampanha lead, Roteiro roteiro, String remetente) {
        CamposDoLead campos = new CamposDoLead(lead.contato(), lead.empresa(), lead.setor(), remetente);
        List<EtapaDaPrevia> etapas = Arrays.stream(Etapa.values())
                .map(etapa -> {
                    ModeloDeMensagem modelo = roteiro.modelo(etapa, lead.variante());
                    String path = "mensagens." + etapa + "." + lead.variante();
                    return new EtapaDaPrevia(
                            etapa.name(),
                            render(modelo.assunto(), campos, path + ".assunto"),
                            render(modelo.corpo(), campos, path + ".corpo"),
                            modelo.modeloWhatsapp());
                })
                .toList();
        return new PreviaDoLead(
                new LeadDaPrevia(lead.id().toString(), lead.empresa(), lead.contato() == null ? "" : lead.contato()),
                lead.canal(),
                lead.destinatario(),
                lead.variante().name(),
                etapas);
    }

    /** A template stored before the sandbox existed is refused at render time too: the draft must be edited. */
    private static String render(String template, CamposDoLead campos, String field) {
        try {
            return Renderizacao.render(template, campos);
        } catch (TemplateRefused e) {
            throw new Conflict(field + " holds a template that is not allowed (" + e.getMessage()
                    + "); replace the campaign's messages");
        }
    }
}
