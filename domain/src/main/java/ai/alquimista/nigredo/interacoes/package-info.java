/** The conversation with a lead: every interação sent or received, on any channel. */
package ai.alquimista.nigredo.interacoes;
