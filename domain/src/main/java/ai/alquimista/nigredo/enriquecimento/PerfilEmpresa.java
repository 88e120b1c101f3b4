package ai.alquimista.nigredo.enriquecimento;

import ai.alquimista.shared.json.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CNPJ lookup says about a company, in the shape of BrasilAPI's {@code /api/cnpj/v1/{cnpj}}
 * (itself the Receita Federal's open data): registration status, main activity (CNAE), size, place.
 */
public record PerfilEmpresa(
        String cnpj,
        String razaoSocial,
        Optional<String> nomeFantasia,
        Optional<String> cnaeFiscal,
        Optional<String> cnaeDescricao,
        Optional<String> porte,
        String situacaoCadastral,
        Optional<String> uf,
        Optional<String> municipio,
        String fonte) {

    /** Only an active registration ("ATIVA") may be prospected without a second look. */
    public boolean ativa() {
        return "ATIVA".equals(situacaoCadastral);
    }

    public static PerfilEmpresa fromBrasilApi(JsonObject json, String fonte) {
        return new PerfilEmpresa(
                JsonText.field(json, "cnpj").orElseThrow(() -> new IllegalArgumentException("response without cnpj")),
                JsonText.field(json, "razao_social").orElse(""),
                JsonText.field(json, "nome_fantasia"),
                JsonText.field(json, "cnae_fiscal"),
                JsonText.field(json, "cnae_fiscal_descricao"),
                JsonText.field(json, "porte"),
                JsonText.field(json, "descricao_situacao_cadastral")
                        .or(() -> JsonText.field(json, "situacao_cadastral").map(PerfilEmpresa::situacao))
                        .orElse("DESCONHECIDA")
                        .toUpperCase(Locale.ROOT),
                JsonText.field(json, "uf"),
                JsonText.field(json, "municipio"),
                fonte);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("cnpj", cnpj)
                .add("razao_social", razaoSocial)
                .add("situacao_cadastral", situacaoCadastral)
                .add("ativa", ativa())
                .add("fonte", fonte);
        nomeFantasia.ifPresent(v -> json.add("nome_fantasia", v));
        cnaeFiscal.ifPresent(v -> json.add("cnae_fiscal", v));
        cnaeDescricao.ifPresent(v -> json.add("cnae_fiscal_descricao", v));
        porte.ifPresent(v -> json.add("porte", v));
        uf.ifPresent(v -> json.add("uf", v));
        municipio.ifPresent(v -> json.add("municipio", v));
        return json.build();
    }

    /** The Receita's numeric codes: 1 nula, 2 ativa, 3 suspensa, 4 inapta, 8 baixada. */
    private static String situacao(String code) {
        return switch (code.trim()) {
            case "1" -> "NULA";
            case "2" -> "ATIVA";
            case "3" -> "SUSPENSA";
            case "4" -> "INAPTA";
            case "8" -> "BAIXADA";
            default -> code;
        };
    }
}
