package ai.alquimista.nigredo.agendamento;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lead's answer to the slots it was offered, as people write it in Brazilian Portuguese: "1", "opção 2", "a
 * terceira", "terça às 10h", "pode ser quarta 14:00", "dia 25", "nenhum desses", "outro horário". An answer that names
 * a day and time is matched against the slots offered, never booked as a time of its own.
 *
 * <p>"segunda" is both the ordinal (the second option) and Monday. It is Monday when written as a day ("segunda-feira",
 * "na segunda", "segunda às 14h", "segunda de manhã") or when it stands alone and a Monday was offered; it is the
 * second option when written as one ("a segunda", "segunda opção") or when no Monday was offered.
 */
public final class LeitorDeEscolha {

    private static final Pattern RECUSA = Pattern.compile("\\bnenhu(m|ma)\\b(?!\\s+problema)"
            + "|\\boutr[oa]s?\\s+(horario|hora|data|dia|momento|opc|semana)"
            + "|\\b(nao|n)\\s+(posso|consigo|da|vou poder)\\s+(em\\s+)?(nenhum|nesses|nessas|esses|essas)"
            + "|\\bnenhuma\\s+das");
    private static final Pattern DATA = Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*\\d{2,4})?\\b");
    private static final Pattern DIA_DO_MES = Pattern.compile("\\bdia\\s+(\\d{1,2})\\b");
    private static final Pattern HORA = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:h|hs|hrs?|horas?|:)\\s*(\\d{2})?(?:\\s*(?:min|m)\\b)?|\\bas\\s+(\\d{1,2})\\b(?!\\s*/)");
    private static final Pattern NUMERO =
            Pattern.compile("(?<![\\d:/])\\b(\\d{1,2})\\b(?![\\d:/]|\\s*(?:h|hs|hrs?|horas?)\\b)");
    private static final Pattern MEIO_DIA = Pattern.compile("\\bmeio[\\s-]dia\\b");

    private static final Map<String, Integer> ORDINAIS = Map.of(
            "primeira",
            1,
            "primeiro",
            1,
            "terceira",
            3,
            "terceiro",
            3,
            "segundo",
            2,
            "1a",
            1,
            "2a",
            2,
            "3a",
            3,
            "1o",
            1,
            "2o",
            2);
    private static final Pattern ORDINAL =
            Pattern.compile("\\b(primeir[ao]|segundo|terceir[ao]|ultim[ao]|[123][ao])\\b|\\b3o\\b");
    private static final Pattern SEGUNDA_ORDINAL = Pattern.compile(
            "\\bsegunda\\s+(opcao|alternativa|opc|op)|^\\s*a\\s+segunda\\s*[.!]*\\s*$"
                    + "|\\b(quero|prefiro|escolho|fico com|vou de|pode ser|seria)\\s+a\\s+segunda\\b(?!\\s*(-|feira|as|a\\s|de\\s|pela|dia|\\d))");
    private static final Pattern SEGUNDA_DIA = Pattern.compile("\\bsegunda(\\s*-?\\s*feira)?\\b");
    private static final Pattern SEGUNDA_FEIRA = Pattern.compile("\\bsegunda\\s*-?\\s*feira\\b|\\bna\\s+segunda\\b");

    private static final Map<String, DayOfWeek> DIAS = Map.of(
            "terca", DayOfWeek.TUESDAY,
            "quarta", DayOfWeek.WEDNESDAY,
            "quinta", DayOfWeek.THURSDAY,
            "sexta", DayOfWeek.FRIDAY,
            "sabado", DayOfWeek.SATURDAY,
            "domingo", DayOfWeek.SUNDAY);

    private LeitorDeEscolha() {}

    /**
     * @param opcoes the slots offered, in the order they were numbered
     * @param zona the tenant's time zone, in which the slots were written to the lead
     */
    public static Escolha ler(String texto, List<Horario> opcoes, ZoneId zona) {
        if (texto == null || opcoes.isEmpty()) {
            return new Escolha.NaoEntendida();
        }
        String t = normalizado(texto);
        if (RECUSA.matcher(t).find()) {
            return new Escolha.Nenhuma();
        }
        List<Integer> candidatas = new ArrayList<>();
        boolean segundaOrdinal = SEGUNDA_ORDINAL.matcher(t).find();
        boolean temSegundaFeira = opcoes.stream().anyMatch(h -> dia(h, zona) == DayOfWeek.MONDAY);
        boolean segundaComoDia = !segundaOrdinal
                && SEGUNDA_DIA.matcher(t).find()
                && (SEGUNDA_FEIRA.matcher(t).find()
                        || temSegundaFeira
                        || HORA.matcher(t).find());
        if (!segundaComoDia
                && SEGUNDA_DIA.matcher(t).find()
                && !SEGUNDA_FEIRA.matcher(t).find()) {
            candidatas.add(2);
        }
        Matcher ordinal = ORDINAL.matcher(t);
        while (ordinal.find()) {
            String palavra = ordinal.group().trim();
            candidatas.add(palavra.startsWith("ultim") ? opcoes.size() : ORDINAIS.getOrDefault(palavra, 3));
        }
        String semDatasNemHoras = HORA.matcher(
                        DATA.matcher(DIA_DO_MES.matcher(t).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Matcher numero = NUMERO.matcher(semDatasNemHoras);
        while (numero.find()) {
            candidatas.add(Integer.parseInt(numero.group(1)));
        }
        List<Predicate<Horario>> filtros = filtros(t, zona, segundaComoDia);
        if (!filtros.isEmpty()) {
            return porFiltros(opcoes, filtros, candidatas);
        }
        List<Integer> distintas = candidatas.stream().distinct().toList();
        if (distintas.size() == 1 && distintas.get(0) >= 1 && distintas.get(0) <= opcoes.size()) {
            int n = distintas.get(0);
            return new Escolha.Opcao(n, opcoes.get(n - 1));
        }
        return new Escolha.NaoEntendida();
    }

    /** The day and time the answer names, when it names any, must fit exactly one slot (and the option, if named). */
    private static Escolha porFiltros(List<Horario> opcoes, List<Predicate<Horario>> filtros, List<Integer> numeros) {
        List<Integer> cabem = new ArrayList<>();
        for (int i = 0; i < opcoes.size(); i++) {
            Horario opcao = opcoes.get(i);
            if (filtros.stream().allMatch(f -> f.test(opcao))) {
                cabem.add(i + 1);
            }
        }
        List<Integer> nomeadas = numeros.stream()
                .distinct()
                .filter(n -> n >= 1 && n <= opcoes.size())
                .toList();
        if (nomeadas.size() == 1 && cabem.contains(nomeadas.get(0))) {
            return new Escolha.Opcao(nomeadas.get(0), opcoes.get(nomeadas.get(0) - 1));
        }
        if (cabem.size() == 1 && (nomeadas.isEmpty() || nomeadas.contains(cabem.get(0)))) {
            return new Escolha.Opcao(cabem.get(0), opcoes.get(cabem.get(0) - 1));
        }
        return new Escolha.NaoEntendida();
    }

    private static List<Predicate<Horario>> filtros(String t, ZoneId zona, boolean segundaComoDia) {
        List<Predicate<Horario>> filtros = new ArrayList<>();
        Set<DayOfWeek> dias = EnumSet.noneOf(DayOfWeek.class);
        DIAS.forEach((nome, dia) -> {
            if (Pattern.compile("\\b" + nome + "(\\s*-?\\s*feira)?\\b")
                    .matcher(t)
                    .find()) {
                dias.add(dia);
            }
        });
        if (segundaComoDia) {
            dias.add(DayOfWeek.MONDAY);
        }
        if (!dias.isEmpty()) {
            filtros.add(h -> dias.contains(dia(h, zona)));
        }
        Matcher data = DATA.matcher(t);
        if (data.find()) {
            int dia = Integer.parseInt(data.group(1));
            int mes = Integer.parseInt(data.group(2));
            filtros.add(
                    h -> local(h, zona).getDayOfMonth() == dia && local(h, zona).getMonthValue() == mes);
        } else {
            Matcher diaDoMes = DIA_DO_MES.matcher(t);
            if (diaDoMes.find()) {
                int dia = Integer.parseInt(diaDoMes.group(1));
                filtros.add(h -> local(h, zona).getDayOfMonth() == dia);
            }
        }
        hora(t).ifPresent(hora -> filtros.add(h -> {
            LocalTime inicio = local(h, zona).toLocalTime();
            return inicio.equals(hora) || inicio.equals(hora.plusHours(12)) && hora.getHour() < 7;
        }));
        if (t.matches(".*\\b(de|pela|na|a)\\s+manha\\b.*")) {
            filtros.add(h -> local(h, zona).getHour() < 12);
        } else if (t.matches(".*\\b(de|pela|na|a)\\s+tarde\\b.*")) {
            filtros.add(h -> local(h, zona).getHour() >= 12);
        }
        return filtros;
    }

    private static Optional<LocalTime> hora(String t) {
        if (MEIO_DIA.matcher(t).find()) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher hora = HORA.matcher(t);
        while (hora.find()) {
            String h = hora.group(1) != null ? hora.group(1) : hora.group(3);
            String m = hora.group(2);
            int horas = Integer.parseInt(h);
            int minutos = m == null ? 0 : Integer.parseInt(m);
            if (horas <= 23 && minutos <= 59) {
                return Optional.of(LocalTime.of(horas, minutos));
            }
        }
        return Optional.empty();
    }

    private static DayOfWeek dia(Horario horario, ZoneId zona) {
        return local(horario, zona).getDayOfWeek();
    }

    private static ZonedDateTime local(Horario horario, ZoneId zona) {
        return horario.inicio().atZone(zona);
    }

    /** Lower case, without accents, "ª"/"º" as "a"/"o", one space between words. */
    static String normalizado(String texto) {
        String semOrdinais = texto.replace('ª', 'a').replace('º', 'o').replace('°', 'o');
        return Normalizer.normalize(semOrdinais, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
