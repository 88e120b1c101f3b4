package ai.alquimista.nigredo.atendimento;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;

/**
 * What Atendimento does after a lead's reply (issue 10, item 4); constants are spelled as the events and the API carry
 * them.
 */
public enum ProximoPasso {
    /** Interest: propose a meeting; Agendamento takes over ({@code nigredo.atendimento.schedule_requested}). */
    forward_to_scheduler(LeadStatus.interessado, true),
    /** A question or a neutral reply: answer and keep the conversation going. */
    nurture(LeadStatus.respondeu, true),
    /** An objection: answer it by its {@link CategoriaDeObjecao}, recorded for Relatórios. */
    answer_objection(LeadStatus.respondeu, true),
    /** A refusal: thank, stop insisting, cancel the later stages. */
    disqualify(LeadStatus.descartado, true),
    /**
     * The LGPD opt-out: no drafted reply; the opt-out flow sends the fixed confirmation ({@link
     * ConfirmacaoDeDescadastro}), blocklists the contact and cancels what was scheduled.
     */
    opt_out(LeadStatus.descadastrado, false),
    /** A very irritated lead: nothing goes out automatically; a person answers. */
    escalate_human(LeadStatus.respondeu, false);

    /** From this intensity on, an irritated lead goes to a person instead of getting an automatic answer. */
    public static final int INTENSIDADE_PARA_ESCALAR = 70;

    private final LeadStatus status;
    private final boolean respondeAutomaticamente;

    ProximoPasso(LeadStatus status, boolean respondeAutomaticamente) {
        this.status = status;
        this.respondeAutomaticamente = respondeAutomaticamente;
    }

    /**
     * The step for Sentimento's reading of a reply, in this order: an opt-out request wins over everything (LGPD);
     * then an irritated lead at {@value #INTENSIDADE_PARA_ESCALAR} or more goes to a person; then the intention.
     */
    public static ProximoPasso para(Analise analise) {
        if (analise.descadastro() || analise.intencao() == Intencao.descadastro) {
            return opt_out;
        }
        if (analise.sentimento() == Sentimento.irritado && analise.intensidade() >= INTENSIDADE_PARA_ESCALAR) {
            return escalate_human;
        }
        return switch (analise.intencao()) {
            case interesse -> forward_to_scheduler;
            case objecao -> answer_objection;
            case recusa -> disqualify;
            case pergunta, outra, descadastro -> nurture;
        };
    }

    /**
     * Whether a reply is drafted (by the {@link Redator}) and sent without a person deciding, approval mode aside:
     * false for {@link #escalate_human} (a person answers) and {@link #opt_out} (the fixed LGPD confirmation goes out
     * instead of a draft).
     */
    public boolean respondeAutomaticamente() {
        return respondeAutomaticamente;
    }

    /** The lead's status after this step; {@link LeadStatus#respondeu} where the step does not move it. */
    public LeadStatus status() {
        return status;
    }
}
