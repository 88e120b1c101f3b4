package ai.alquimista.nigredo.sentimento;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weighed words and phrases of {@code lexico-pt-br.txt} and the grammar words that change them (negations,
 * intensifiers, contrasts). Immutable once read; shared by every classification.
 */
public final class Lexico {

    public static final String RECURSO = "lexico-pt-br.txt";

    /** One weighed term: its words (a word ending in * is a prefix), weight and whether it is an anger cue. */
    public record Termo(String texto, List<String> palavras, double peso, boolean raiva) {

        boolean casa(List<String> tokens, int inicio) {
            if (inicio + palavras.size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < palavras.size(); k++) {
                String esperado = palavras.get(k);
                String token = tokens.get(inicio + k);
                boolean casou = esperado.endsWith("*")
                        ? token.startsWith(esperado.substring(0, esperado.length() - 1))
                        : token.equals(esperado);
                if (!casou) {
                    return false;
                }
            }
            return true;
        }

        int tamanho() {
            return palavras.size();
        }
    }

    private final Map<String, List<Termo>> porPrimeiraPalavra;
    private final List<Termo> porPrefixo;
    private final Set<String> negacoes;
    private final Set<String> intensificadores;
    private final Set<String> pospostos;
    private final Set<String> contrastes;
    private final Set<String> auxiliares;
    private final Set<String> cessacoes;
    private final Set<String> solucoes;

    private Lexico(List<Termo> termos, Map<String, Set<String>> gramatica) {
        Map<String, List<Termo>> indice = new HashMap<>();
        List<Termo> prefixos = new ArrayList<>();
        Comparator<Termo> maisLongoPrimeiro =
                Comparator.comparingInt(Termo::tamanho).reversed();
        for (Termo termo : termos) {
            String primeira = termo.palavras().get(0);
            if (primeira.endsWith("*")) {
                prefixos.add(termo);
            } else {
                indice.computeIfAbsent(primeira, k -> new ArrayList<>()).add(termo);
            }
        }
        indice.values().forEach(lista -> lista.sort(maisLongoPrimeiro));
        prefixos.sort(maisLongoPrimeiro);
        this.porPrimeiraPalavra = Map.copyOf(indice);
        this.porPrefixo = List.copyOf(prefixos);
        this.negacoes = gramatica.getOrDefault("negacao", Set.of());
        this.intensificadores = gramatica.getOrDefault("intensificador", Set.of());
        this.pospostos = gramatica.getOrDefault("posposto", Set.of());
        this.contrastes = gramatica.getOrDefault("contraste", Set.of());
        this.auxiliares = gramatica.getOrDefault("auxiliar", Set.of());
        this.cessacoes = gramatica.getOrDefault("cessacao", Set.of());
        this.solucoes = gramatica.getOrDefault("solucao", Set.of());
    }

    /** The lexicon shipped in the domain jar. */
    public static Lexico embutido() {
        try (InputStream in = Lexico.class.getResourceAsStream(RECURSO)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RECURSO);
            }
            return ler(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexico ler(InputStream in) throws IOException {
        List<Termo> termos = new ArrayList<>();
        Map<String, Set<String>> gramatica = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String linha;
        int numero = 0;
        while ((linha = reader.readLine()) != null) {
            numero++;
            String l = linha.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> partes = Arrays.asList(l.split("\\s+"));
            if (l.startsWith("@")) {
                gramatica.put(partes.get(0).substring(1), Set.copyOf(partes.subList(1, partes.size())));
                continue;
            }
            try {
                double peso = Double.parseDouble(partes.get(0));
                boolean raiva = partes.size() > 2 && partes.get(1).equals("!");
                List<String> palavras = partes.subList(raiva ? 2 : 1, partes.size());
                if (palavras.isEmpty()) {
                    throw new IllegalArgumentException("no term");
                }
                termos.add(new Termo(String.join(" ", palavras), List.copyOf(palavras), peso, raiva));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RECURSO + " line " + numero + " is not '<weight> [!] <term>': " + l, e);
            }
        }
        return new Lexico(termos, gramatica);
    }

    /** The longest term that starts at {@code inicio}, if any. */
    public Optional<Termo> termoEm(List<String> tokens, int inicio) {
        Termo melhor = null;
        for (Termo termo : porPrimeiraPalavra.getOrDefault(tokens.get(inicio), List.of())) {
            if (termo.casa(tokens, inicio)) {
                melhor = termo;
                break;
            }
        }
        for (Termo termo : porPrefixo) {
            if ((melhor == null || termo.tamanho() > melhor.tamanho()) && termo.casa(tokens, inicio)) {
                melhor = termo;
                break;
            }
        }
        return Optional.ofNullable(melhor);
    }

    public boolean negacao(String token) {
        return negacoes.contains(token);
    }

    public boolean intensificador(String token) {
        return intensificadores.contains(token);
    }

    public boolean posposto(String token) {
        return pospostos.contains(token);
    }

    public boolean contraste(String token) {
        return contrastes.contains(token);
    }

    /** A wish or ability verb ("quero", "posso"): before an infinitive it passes a negation on. */
    public boolean auxiliar(String token) {
        return auxiliares.contains(token);
    }

    /** A verb of stopping ("parar", "deixar", "chega"): followed by "de" it negates what follows. */
    public boolean cessacao(String token) {
        return cessacoes.contains(token);
    }

    /** A verb of solving ("resolver", "evitar"): it turns the displeasing term that follows into a pleasing one. */
    public boolean solucao(String token) {
        for (String palavra : solucoes) {
            if (palavra.endsWith("*")
                    ? token.startsWith(palavra.substring(0, palavra.length() - 1))
                    : token.equals(palavra)) {
                return true;
            }
        }
        return false;
    }
}
