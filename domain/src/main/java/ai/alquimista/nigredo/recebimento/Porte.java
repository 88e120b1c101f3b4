package ai.alquimista.nigredo.recebimento;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Company size, with the seed's values: MEI, ME, EPP, Média, Grande. */
public enum Porte {
    MEI("MEI", "mei", Set.of("mei", "microempreendedor individual", "micro empreendedor individual")),
    ME("ME", "me", Set.of("me", "micro", "microempresa", "micro empresa")),
    EPP("EPP", "epp", Set.of("epp", "pequena", "pequena empresa", "pequeno porte", "empresa de pequeno porte")),
    MEDIA("Média", "media", Set.of("media", "medio", "media empresa", "medio porte", "empresa de medio porte")),
    /**
     * Also the Receita Federal's "DEMAIS" (neither ME nor EPP), which CNPJ exports carry: it spans médias and
     * grandes, and the seed has no such value, so it is taken as the larger.
     */
    GRANDE("Grande", "grande", Set.of("grande", "grande empresa", "grande porte", "empresa de grande porte", "demais"));

    private static final Map<String, Porte> BY_SPELLING = spellings();

    private final String label;
    private final String code;
    private final Set<String> spellings;

    Porte(String label, String code, Set<String> spellings) {
        this.label = label;
        this.code = code;
        this.spellings = spellings;
    }

    /** Case, accents, and punctuation do not matter: "Micro-Empresa", "MÉDIA", "empresa de pequeno porte". */
    public static Parsed<Porte> parse(String text) {
        Porte porte = text == null ? null : BY_SPELLING.get(Text.slug(text, " "));
        return porte == null ? Parsed.invalid(Motivo.PORTE_UNKNOWN) : Parsed.valid(porte);
    }

    /** As the seed writes it, e.g. "Média". */
    public String label() {
        return label;
    }

    /** Lower-case ASCII, stable: part of {@link Segmento#key()}. */
    public String code() {
        return code;
    }

    private static Map<String, Porte> spellings() {
        Map<String, Porte> bySpelling = new HashMap<>();
        for (Porte porte : values()) {
            porte.spellings.forEach(spelling -> bySpelling.put(spelling, porte));
        }
        return Map.copyOf(bySpelling);
    }
}
