package ai.alquimista.nigredo.sentimento;

/** The port every sentiment adapter implements: the embedded pt-BR classifier, Amazon Comprehend. */
public interface Classificador {

    Analise analisar(String texto);
}
