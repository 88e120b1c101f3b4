package ai.alquimista.nigredo.atendimento;

/** The brand's tone of voice, from the tenant's Atendimento settings ({@code tom}); spelled as the settings carry it. */
public enum TomDaMarca {
    consultivo("consultivo: próximo, claro e orientado a ajudar, sem pressionar"),
    formal("formal: cordial e respeitoso, frases completas, sem gírias nem emojis"),
    descontraido("descontraído: leve e simpático, linguagem simples, sem gírias pesadas");

    private final String descricao;

    TomDaMarca(String descricao) {
        this.descricao = descricao;
    }

    /** How the tone reads in the prompt's "Tom desejado". */
    public String descricao() {
        return descricao;
    }
}
