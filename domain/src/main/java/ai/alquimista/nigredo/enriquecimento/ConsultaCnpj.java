package ai.alquimista.nigredo.enriquecimento;

import java.util.Optional;

/** The outcome of a CNPJ lookup: found, not registered, or the provider could not be asked now. */
public sealed interface ConsultaCnpj {

    record Encontrada(PerfilEmpresa perfil) implements ConsultaCnpj {}

    record NaoEncontrada() implements ConsultaCnpj {}

    /** Not the company's fault: the lead goes on without enrichment and is marked for a later pass. */
    record Indisponivel(String motivo) implements ConsultaCnpj {}

    default Optional<PerfilEmpresa> encontrada() {
        return this instanceof Encontrada found ? Optional.of(found.perfil()) : Optional.empty();
    }
}
