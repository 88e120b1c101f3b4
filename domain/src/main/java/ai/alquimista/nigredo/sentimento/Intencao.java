package ai.alquimista.nigredo.sentimento;

/** What the lead wants with the reply; constants are spelled as the API and the database carry them. */
public enum Intencao {
    interesse,
    pergunta,
    objecao,
    recusa,
    descadastro,
    /** A greeting, a thanks, an "ok": nothing to act on beyond nurturing. */
    outra
}
