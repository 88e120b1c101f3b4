package ai.alquimista.nigredo.relatorios;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The embedded insights: sentences in pt-BR written by rules from the day's numbers, compared with the day before's.
 * No model, no network; every figure quoted is one of the report's.
 */
public final class InsightsPorRegras implements GeradorDeInsights {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A rate moves when it changes by at least this many percentage points. */
    private static final double VARIACAO_MINIMA = 1.0;

    private record Taxa(
            String nome, ToDoubleFunction<TaxasDoFunil> valor, ToLongFunction<ContagemDoFunil> base, String gargalo) {}

    private static final List<Taxa> TAXAS = List.of(
            new Taxa(
                    "enriquecimento",
                    TaxasDoFunil::enriquecimento,
                    ContagemDoFunil::recebidos,
                    "dos leads recebidos foram enriquecidos"),
            new Taxa(
                    "resposta",
                    TaxasDoFunil::resposta,
                    ContagemDoFunil::contatados,
                    "dos leads contatados responderam"),
            new Taxa(
                    "interesse",
                    TaxasDoFunil::interesse,
                    ContagemDoFunil::responderam,
                    "dos leads que responderam mostraram interesse"),
            new Taxa(
                    "agendamento",
                    TaxasDoFunil::agendamento,
                    ContagemDoFunil::interessados,
                    "dos leads interessados agendaram uma reunião"));

    @Override
    public List<String> insights(DadosDoDia dados) {
        ContagemDoFunil dia = dados.dia();
        ContagemDoFunil anterior = dados.anterior();
        List<String> insights = new ArrayList<>();
        if (dia.vazia() && dados.objecoes().isEmpty()) {
            insights.add("Nenhum lead avançou no funil em " + DATA.format(dados.data()) + ".");
            return insights;
        }
        insights.add(recebidos(dia.recebidos(), anterior.recebidos()));
        for (Taxa taxa : TAXAS) {
            variacao(taxa, dia, anterior).ifPresent(insights::add);
        }
        gargalo(dia).ifPresent(insights::add);
        objecaoMaisFrequente(dados.objecoes()).ifPresent(insights::add);
        if (dia.agendados() > 0) {
            insights.add(
                    dia.agendados() == 1
                            ? "1 reunião foi agendada com a equipe de vendas."
                            : dia.agendados() + " reuniões foram agendadas com a equipe de vendas.");
        }
        if (dia.convertidos() > 0) {
            insights.add(
                    dia.convertidos() == 1
                            ? "1 lead foi convertido em cliente."
                            : dia.convertidos() + " leads foram convertidos em clientes.");
        }
        if (dia.descadastrados() > 0) {
            insights.add(
                    dia.descadastrados() == 1
                            ? "1 lead pediu para não receber mais mensagens."
                            : dia.descadastrados() + " leads pediram para não receber mais mensagens.");
        }
        return insights;
    }

    private static String recebidos(long hoje, long ontem) {
        String leads = hoje == 1 ? "Foi recebido 1 lead" : "Foram recebidos " + hoje + " leads";
        if (hoje == ontem) {
            return leads + ", o mesmo número do dia anterior.";
        }
        long diferenca = Math.abs(hoje - ontem);
        return leads + ", " + diferenca + (hoje > ontem ? " a mais" : " a menos") + " que no dia anterior.";
    }

    private static Optional<String> variacao(Taxa taxa, ContagemDoFunil dia, ContagemDoFunil anterior) {
        if (taxa.base().applyAsLong(dia) == 0 || taxa.base().applyAsLong(anterior) == 0) {
            return Optional.empty();
        }
        double hoje = taxa.valor().applyAsDouble(dia.taxas());
        double ontem = taxa.valor().applyAsDouble(anterior.taxas());
        if (Math.abs(hoje - ontem) < VARIACAO_MINIMA) {
            return Optional.empty();
        }
        return Optional.of("A taxa de " + taxa.nome() + (hoje > ontem ? " subiu" : " caiu") + " de " + porcento(ontem)
                + " para " + porcento(hoje) + " em relação ao dia anterior.");
    }

    /** The step with the lowest rate among those with leads to convert, when it loses most of them. */
    private static Optional<String> gargalo(ContagemDoFunil dia) {
        return TAXAS.stream()
                .filter(taxa -> taxa.base().applyAsLong(dia) > 0)
                .min(Comparator.comparingDouble(taxa -> taxa.valor().applyAsDouble(dia.taxas())))
                .filter(taxa -> taxa.valor().applyAsDouble(dia.taxas()) < 50.0)
                .map(taxa -> "O maior gargalo do dia foi a etapa de " + taxa.nome() + ": apenas "
                        + porcento(taxa.valor().applyAsDouble(dia.taxas())) + " " + taxa.gargalo() + ".");
    }

    private static Optional<String> objecaoMaisFrequente(List<ObjecaoRecorrente> objecoes) {
        long total = objecoes.stream().mapToLong(ObjecaoRecorrente::frequencia).sum();
        return objecoes.stream()
                .max(Comparator.comparingLong(ObjecaoRecorrente::frequencia))
                .map(objecao -> "A objeção mais frequente foi sobre " + objecao.descricao() + " ("
                        + objecao.frequencia() + " de " + total + (total == 1 ? " objeção)." : " objeções)."));
    }

    /** 12 % or 12,5 %. */
    static String porcento(double valor) {
        DecimalFormat formato = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(PT_BR));
        return formato.format(valor) + " %";
    }
}
