package ai.alquimista.nigredo.recebimento.planilha;

import ai.alquimista.nigredo.recebimento.LeadRecebido;
import ai.alquimista.nigredo.recebimento.Text;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead file's header mapped to the lead's fields: the seed's Portuguese column names and their
 * common variants, compared without case, accents, spaces, hyphens or underscores. Unknown columns
 * are ignored; the first column that maps to a field wins.
 */
public final class Colunas {

    private static final Map<String, String> CAMPOS = new HashMap<>();

    static {
        nomes(LeadRecebido.EMPRESA, "empresa", "razão social", "razao_social", "nome fantasia", "companhia", "company");
        nomes(LeadRecebido.CNPJ, "cnpj", "cnpj/cpf", "documento");
        nomes(LeadRecebido.CONTATO, "contato", "nome", "responsável", "nome do contato", "contact");
        nomes(LeadRecebido.TELEFONE, "telefone", "fone", "celular", "whatsapp", "tel", "phone");
        nomes(LeadRecebido.EMAIL, "email", "e-mail", "e_mail", "mail");
        nomes(LeadRecebido.SETOR, "setor", "segmento", "ramo", "sector");
        nomes(LeadRecebido.PORTE, "porte", "tamanho", "size");
        nomes(
                LeadRecebido.ATIVIDADE_PRINCIPAL,
                "atividade",
                "atividade principal",
                "atividade_principal",
                "cnae",
                "cnae principal");
        nomes(
                LeadRecebido.OPT_IN_WHATSAPP,
                "opt_in_whatsapp",
                "opt-in",
                "optin",
                "opt-in whatsapp",
                "consentimento",
                "consentimento whatsapp",
                "aceita whatsapp");
    }

    private static void nomes(String campo, String... nomes) {
        for (String nome : nomes) {
            CAMPOS.put(chave(nome), campo);
        }
    }

    /** Column index → lead field. */
    private final Map<Integer, String> porIndice;

    private final List<String> ignoradas;

    private Colunas(Map<Integer, String> porIndice, List<String> ignoradas) {
        this.porIndice = porIndice;
        this.ignoradas = ignoradas;
    }

    /** The lead field a column name stands for, if any. */
    public static Optional<String> campo(String coluna) {
        return coluna == null ? Optional.empty() : Optional.ofNullable(CAMPOS.get(chave(coluna)));
    }

    /**
     * Maps a header; refuses ({@link PlanilhaInvalida}) a header without an empresa column or
     * without both telefone and email columns.
     */
    public static Colunas doCabecalho(List<String> cabecalho) {
        Map<Integer, String> porIndice = new LinkedHashMap<>();
        List<String> ignoradas = new ArrayList<>();
        for (int i = 0; i < cabecalho.size(); i++) {
            String nome = cabecalho.get(i);
            Optional<String> campo = campo(nome);
            if (campo.isPresent() && !porIndice.containsValue(campo.get())) {
                porIndice.put(i, campo.get());
            } else if (nome != null && !nome.isBlank()) {
                ignoradas.add(nome.strip());
            }
        }
        List<String> faltam = new ArrayList<>();
        if (!porIndice.containsValue(LeadRecebido.EMPRESA)) {
            faltam.add(LeadRecebido.EMPRESA);
        }
        if (!porIndice.containsValue(LeadRecebido.TELEFONE) && !porIndice.containsValue(LeadRecebido.EMAIL)) {
            faltam.add(LeadRecebido.TELEFONE + " or " + LeadRecebido.EMAIL);
        }
        if (!faltam.isEmpty()) {
            throw new PlanilhaInvalida(
                    "file",
                    "the header (first row) has no column for " + String.join(", ", faltam)
                            + "; columns found: "
                            + String.join(
                                    ", ",
                                    cabecalho.stream()
                                            .filter(c -> c != null && !c.isBlank())
                                            .map(String::strip)
                                            .toList()));
        }
        return new Colunas(porIndice, List.copyOf(ignoradas));
    }

    /** The lead's fields from one row's cells (blank cells are left out; cells are stripped). */
    public JsonObject lead(List<String> celulas) {
        JsonObjectBuilder lead = Json.createObjectBuilder();
        porIndice.forEach((indice, campo) -> {
            if (indice < celulas.size()) {
                String valor = celulas.get(indice);
                if (valor != null && !valor.isBlank()) {
                    lead.add(campo, valor.strip());
                }
            }
        });
        return lead.build();
    }

    /** Field → column index, in header order. */
    public Map<String, Integer> campos() {
        Map<String, Integer> campos = new LinkedHashMap<>();
        porIndice.forEach((indice, campo) -> campos.put(campo, indice));
        return Collections.unmodifiableMap(campos);
    }

    /** The header's columns that map to no field. */
    public List<String> ignoradas() {
        return ignoradas;
    }

    /** Lower case, no accents, letters and digits only (a BOM, spaces, hyphens, slashes... dropped). */
    static String chave(String nome) {
        return Text.slug(nome, "");
    }
}
