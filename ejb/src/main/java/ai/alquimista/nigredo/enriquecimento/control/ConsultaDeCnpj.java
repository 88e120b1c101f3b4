package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;

/** The CNPJ lookup port; configuration picks the adapter ({@code alquimista.enrichment.cnpj}). */
public interface ConsultaDeCnpj {

    /** @param cnpj the 14 characters, unmasked */
    ResultadoDaConsulta consultar(String cnpj);
}
