/**
 * Atendimento, the agent that answers a lead: its typed inputs ({@code MensagemEnviada} from Disparo, {@code
 * LeadRespondeu}), the next step after a reply ({@code ProximoPasso}, {@code CategoriaDeObjecao}), the tenant's brand
 * policy ({@code PoliticaDaMarca}), the seed's prompt ({@code PromptDeAtendimento}) and the port that drafts the reply
 * ({@code Redator}, with the embedded pt-BR writer {@code RedatorEmbutido}).
 */
package ai.alquimista.nigredo.atendimento;
