package ai.alquimista.nigredo.relatorios;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import java.util.Objects;

/**
 * An objection leads raised, by Atendimento's category, and how often in the period.
 *
 * @param objecao the category as the API carries it ({@code preco})
 * @param descricao what it is about, in pt-BR ({@code o preço})
 */
public record ObjecaoRecorrente(String objecao, String descricao, long frequencia) {

    public ObjecaoRecorrente {
        Objects.requireNonNull(objecao, "objecao");
        Objects.requireNonNull(descricao, "descricao");
        if (frequencia < 1) {
            throw new IllegalArgumentException("a recurring objection was raised at least once: " + frequencia);
        }
    }

    public static ObjecaoRecorrente de(CategoriaDeObjecao categoria, long frequencia) {
        return new ObjecaoRecorrente(categoria.name(), categoria.descricao(), frequencia);
    }
}
