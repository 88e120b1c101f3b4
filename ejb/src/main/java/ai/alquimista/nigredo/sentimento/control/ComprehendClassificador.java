package ai.alquimista.nigredo.sentimento.control;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Classificador;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import ai.alquimista.nigredo.sentimento.boundary.ClassificacaoIndisponivel;
import ai.alquimista.shared.errors.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.comprehend.ComprehendClient;
import software.amazon.awssdk.services.comprehend.model.ComprehendException;
import software.amazon.awssdk.services.comprehend.model.DetectSentimentResponse;
import software.amazon.awssdk.services.comprehend.model.LanguageCode;
import software.amazon.awssdk.services.comprehend.model.SentimentScore;

/**
 * Sentimento through Amazon Comprehend's {@code DetectSentiment} (Portuguese): Comprehend gives the sentiment and its
 * scores, the embedded rules give what Comprehend does not know — the opt-out, the intent, and the anger cues that
 * tell an irritated reply from a merely negative one. POSITIVE and NEGATIVE map to positivo and negativo with the
 * score as intensity; NEGATIVE becomes irritado when the embedded rules hear anger or the score is at least 0.95;
 * MIXED takes the stronger of the two; NEUTRAL stays neutro. A refusal or failure of the service is thrown as
 * {@link ClassificacaoIndisponivel}, never answered with a guess.
 */
public class ComprehendClassificador implements Classificador {

    /** DetectSentiment takes at most 5,000 bytes of UTF-8. */
    public static final int MAX_BYTES = 5_000;

    static final double IRRITADO = 0.95;

    private final ComprehendClient comprehend;
    private final ClassificadorPtBr regras;

    public ComprehendClassificador(ComprehendClient comprehend, ClassificadorPtBr regras) {
        this.comprehend = Objects.requireNonNull(comprehend, "comprehend");
        this.regras = Objects.requireNonNull(regras, "regras");
    }

    @Override
    public Analise analisar(String texto) {
        if (texto.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput(List.of(
                    new Violation("texto", "must be at most " + MAX_BYTES + " bytes in UTF-8 for Amazon Comprehend")));
        }
        Analise embutida = regras.analisar(texto);
        DetectSentimentResponse resposta = detectar(texto);
        SentimentScore score = resposta.sentimentScore();
        double positivo = valor(score == null ? null : score.positive());
        double negativo = valor(score == null ? null : score.negative());
        String rotulo = resposta.sentimentAsString() == null ? "" : resposta.sentimentAsString();
        Sentimento sentimento;
        double forca;
        switch (rotulo) {
            case "POSITIVE" -> {
                sentimento = Sentimento.positivo;
                forca = positivo;
            }
            case "NEGATIVE" -> {
                sentimento = Sentimento.negativo;
                forca = negativo;
            }
            case "MIXED" -> {
                sentimento = negativo > positivo ? Sentimento.negativo : Sentimento.positivo;
                forca = Math.max(negativo, positivo);
            }
            case "NEUTRAL" -> {
                sentimento = Sentimento.neutro;
                forca = Math.max(negativo, positivo);
            }
            default ->
                throw new ClassificacaoIndisponivel(
                        "comprehend", "unexpected sentiment", "DetectSentiment answered Sentiment=" + rotulo, null);
        }
        int intensidade = (int) Math.round(100 * forca);
        if (sentimento == Sentimento.negativo
                && (embutida.sentimento() == Sentimento.irritado || negativo >= IRRITADO)) {
            sentimento = Sentimento.irritado;
            intensidade = Math.max(intensidade, embutida.intensidade());
        }
        List<String> palavrasChave = new ArrayList<>();
        palavrasChave.add(String.format(Locale.ROOT, "comprehend %s %.2f", rotulo, forca));
        palavrasChave.addAll(embutida.palavrasChave());
        return new Analise(
                sentimento,
                Math.max(0, Math.min(100, intensidade)),
                embutida.descadastro(),
                embutida.intencao(),
                palavrasChave);
    }

    private DetectSentimentResponse detectar(String texto) {
        try {
            return comprehend.detectSentiment(r -> r.text(texto).languageCode(LanguageCode.PT));
        } catch (ComprehendException e) {
            String codigo = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                    ? "HTTP " + e.statusCode()
                    : e.awsErrorDetails().errorCode();
            throw new ClassificacaoIndisponivel("comprehend", codigo, "HTTP " + e.statusCode() + ", " + mensagem(e), e);
        } catch (SdkClientException e) {
            throw new ClassificacaoIndisponivel("comprehend", "unreachable", e.getMessage(), e);
        }
    }

    private static String mensagem(ComprehendException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
    }

    private static double valor(Float score) {
        return score == null ? 0 : Math.max(0, Math.min(1, score));
    }
}
