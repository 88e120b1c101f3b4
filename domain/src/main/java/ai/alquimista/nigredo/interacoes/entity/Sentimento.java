package ai.alquimista.nigredo.interacoes.entity;

/** Constants are spelled exactly as the database stores them. */
public enum Sentimento {
    positivo,
    neutro,
    negativo,
    irritado
}
