package ai.alquimista.nigredo.recebimento;

import java.util.Optional;

/**
 * The market segment a lead belongs to (seed §5.1 step 8: setor, porte, atividade). Each part is null when the
 * lead did not say; {@link #key()} groups leads into campaigns.
 */
public record Segmento(String setor, Porte porte, DivisaoCnae divisaoCnae) {

    private static final String ANY = "*";

    /**
     * {@code setor|porte|divisão}, e.g. {@code comercio-varejista|me|47}: the setor without accents, case or
     * punctuation, {@link Porte#code()}, the CNAE division; {@code *} for a part not informed. Stored with
     * campaigns, so its format must not change.
     */
    public String key() {
        String setorSlug = Optional.ofNullable(setor)
                .map(s -> Text.slug(s, "-"))
                .filter(s -> !s.isEmpty())
                .orElse(ANY);
        String porteCode = porte == null ? ANY : porte.code();
        String division = divisaoCnae == null ? ANY : divisaoCnae.codigo();
        return setorSlug + "|" + porteCode + "|" + division;
    }
}
