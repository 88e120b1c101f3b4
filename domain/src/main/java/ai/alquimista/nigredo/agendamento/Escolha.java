package ai.alquimista.nigredo.agendamento;

import java.util.Objects;

/** What a lead's answer to a proposal says: one of the slots offered, none of them, or nothing Agendamento can tell. */
public sealed interface Escolha {

    /** The slot offered as option {@code numero} (1 to 3). */
    record Opcao(int numero, Horario horario) implements Escolha {
        public Opcao {
            Objects.requireNonNull(horario, "horario");
        }
    }

    /** "nenhum desses", "outro horário": three new slots, none offered before. */
    record Nenhuma() implements Escolha {}

    /** No slot, or more than one, fits the answer: the lead is asked again. */
    record NaoEntendida() implements Escolha {}
}
