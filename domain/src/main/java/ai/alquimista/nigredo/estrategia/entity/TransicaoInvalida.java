package ai.alquimista.nigredo.estrategia.entity;

import ai.alquimista.shared.errors.Conflict;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a person asked of a campaign does not fit its status (approve an active one, resume a draft): 409. */
public class TransicaoInvalida extends Conflict {

    private final CampanhaStatus atual;

    TransicaoInvalida(String acao, CampanhaStatus atual, CampanhaStatus... permitidos) {
        super("cannot " + acao + " a campaign that is " + atual + "; only one that is "
                + Arrays.stream(permitidos).map(Enum::name).sorted().collect(Collectors.joining(" or ")));
        this.atual = atual;
    }

    public CampanhaStatus atual() {
        return atual;
    }
}
