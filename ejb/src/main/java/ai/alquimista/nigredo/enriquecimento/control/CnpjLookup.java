package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.ConsultaCnpj;

/** The CNPJ lookup port; configuration picks the adapter ({@code alquimista.enrichment.cnpj}). */
public interface CnpjLookup {

    /** @param cnpj the 14 characters, unmasked */
    ConsultaCnpj consultar(String cnpj);
}
