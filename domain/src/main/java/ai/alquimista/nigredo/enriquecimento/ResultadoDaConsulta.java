package ai.alquimista.nigredo.enriquecimento;

import java.util.Optional;

/** The outcome of a CNPJ lookup: found, not registered, or the provider could not be asked now. */
public sealed interface ResultadoDaConsulta {

    record Encontrada(PerfilEmpresa perfil) implements ResultadoDaConsulta {}

    record NaoEncontrada() implements ResultadoDaConsulta {}

    /** Not the company's fault: the lead goes on without enrichment and is marked for a later pass. */
    record Indisponivel(String motivo) implements ResultadoDaConsulta {}

    default Optional<PerfilEmpresa> encontrada() {
        return this instanceof Encontrada found ? Optional.of(found.perfil()) : Optional.empty();
    }
}
