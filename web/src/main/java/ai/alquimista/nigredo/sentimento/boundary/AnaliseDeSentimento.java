package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.nigredo.sentimento.Analise;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sentimento's answer over HTTP: the analysis of one text. */
@Schema(description = "The sentiment, its intensity, whether the text asks to opt out, the intent, and the cues")
public record AnaliseDeSentimento(
        @Schema(enumeration = {"positivo", "neutro", "negativo", "irritado"})
        String sentimento,

        @Schema(minimum = "0", maximum = "100") int intensidade,

        @Schema(description = "true when the text asks to stop being contacted or to remove its data (LGPD)")
        boolean descadastro,

        @Schema(enumeration = {"interesse", "pergunta", "objecao", "recusa", "descadastro", "outra"})
        String intencao,

        @JsonbProperty("palavras_chave") @Schema(description = "The words and signs that decided")
        List<String> palavrasChave) {

    public static AnaliseDeSentimento de(Analise analise) {
        return new AnaliseDeSentimento(
                analise.sentimento().name(),
                analise.intensidade(),
                analise.descadastro(),
                analise.intencao().name(),
                analise.palavrasChave());
    }
}
