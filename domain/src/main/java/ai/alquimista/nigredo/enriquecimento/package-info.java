/** Company data for a lead's CNPJ: the lookup port, BrasilAPI and offline adapters, and the pass over pending leads. */
package ai.alquimista.nigredo.enriquecimento;
