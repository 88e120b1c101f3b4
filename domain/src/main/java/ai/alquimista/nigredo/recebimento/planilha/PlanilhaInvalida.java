package ai.alquimista.nigredo.recebimento.planilha;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import java.util.List;

/** A lead file that cannot be imported at all (no header, missing columns, not a spreadsheet): 400. */
public class PlanilhaInvalida extends InvalidInput {

    public PlanilhaInvalida(String field, String problem) {
        super(List.of(new Violation(field, problem)));
    }
}
