/** Recebimento, the agent that receives leads: the value types that validate and normalise a lead (CNPJ, CPF, phone, e-mail, UF, porte, segment), spreadsheets read as a stream, imports in chunks, its typed events ({@code LeadsImportados}, {@code RecebimentoConcluido}), its API, consumer, service and catalog entry. */
package ai.alquimista.nigredo.recebimento;
