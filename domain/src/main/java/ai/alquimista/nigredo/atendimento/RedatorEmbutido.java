package ai.alquimista.nigredo.atendimento;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Intencao;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The default {@link Redator}: a deterministic pt-BR reply writer that needs no network. It greets the contact by
 * first name, answers by the step and the intention (a meeting for interest, the material path for a question, an
 * answer by category for an objection, a graceful goodbye for a refusal, light nurture otherwise), in the brand's
 * tone, within the room the signature leaves, and never mentions robots or AI.
 *
 * <p>The wording varies between contacts but not between runs: the variant is chosen by a hash of the contact's name
 * and the reply ({@link String#hashCode()}, which Java specifies). When the chosen variant breaks the brand policy
 * (a word the tenant forbids), the other variants are tried in turn; if all break it, the chosen one comes back and
 * the caller's policy check sends it to review.
 */
public final class RedatorEmbutido implements Redator {

    private enum Situacao {
        interesse,
        pergunta,
        nutricao,
        preco,
        momento,
        concorrente,
        autoridade,
        necessidade,
        confianca,
        objecao,
        recusa,
        escalar
    }

    private static final Map<Situacao, Map<TomDaMarca, List<String>>> CORPOS = new EnumMap<>(Situacao.class);

    static {
        corpo(
                Situacao.interesse,
                List.of(
                        "Que bom saber do seu interesse! Proponho uma conversa de 30 minutos para entender o seu"
                                + " cenário e mostrar como a {empresa} pode ajudar. Na próxima mensagem eu envio algumas"
                                + " opções de horário.",
                        "Fico feliz com o seu interesse! Que tal uma conversa rápida de 30 minutos para entendermos"
                                + " juntos as suas prioridades? Na próxima mensagem te mando algumas opções de horário."),
                List.of("Agradeço o seu interesse. Proponho uma conversa de 30 minutos para compreender o seu cenário e"
                        + " apresentar como a {empresa} pode contribuir. Na próxima mensagem, envio algumas opções de"
                        + " horário."),
                List.of("Que demais saber do seu interesse! Bora marcar um papo de 30 minutinhos? Na próxima mensagem"
                        + " eu te mando umas opções de horário."));
        corpo(
                Situacao.pergunta,
                List.of(
                        "Boa pergunta! Posso te enviar um material curto que responde isso em detalhes ou, se"
                                + " preferir, explico numa conversa rápida. O que fica melhor para você?",
                        "Obrigado pela pergunta! Tenho um material que explica exatamente isso; posso te enviar por"
                                + " aqui? Se preferir, também podemos conversar por alguns minutos."),
                List.of("Agradeço a pergunta. Posso enviar um material objetivo que trata exatamente desse ponto ou,"
                        + " se preferir, esclarecê-lo em uma conversa breve. Qual opção lhe atende melhor?"),
                List.of("Ótima pergunta! Tenho um material bem direto sobre isso, te mando por aqui? Se preferir,"
                        + " a gente bate um papo rápido."));
        corpo(
                Situacao.nutricao,
                List.of(
                        "Obrigado pelo retorno! Se fizer sentido, posso te enviar um conteúdo curto sobre como empresas"
                                + " como a sua têm resolvido isso. Quer que eu mande?",
                        "Agradeço a resposta! Fico à disposição para qualquer dúvida e, quando quiser, te mostro como"
                                + " a {empresa} pode ajudar no seu dia a dia."),
                List.of("Agradeço o retorno. Permaneço à disposição e, quando for oportuno, posso apresentar como a"
                        + " {empresa} pode contribuir com a sua operação."),
                List.of("Valeu pelo retorno! Se curtir, te mando um conteúdo rapidinho sobre como outras empresas"
                        + " resolveram isso. Quer?"));
        corpo(
                Situacao.preco,
                List.of(
                        "Entendo a preocupação com o investimento. A ideia é que a solução se pague com o resultado"
                                + " que ela traz, e posso te mostrar como isso se aplicaria ao seu cenário. Podemos ver"
                                + " isso juntos?",
                        "Faz sentido olhar com cuidado para o custo. Mais do que o preço, vale comparar o retorno que"
                                + " a {empresa} pode trazer para vocês; posso preparar uma estimativa para o seu caso?"),
                List.of("Compreendo a preocupação com o investimento. Mais do que o preço, sugiro avaliarmos o retorno"
                        + " que a {empresa} pode trazer; posso preparar uma estimativa para o seu cenário."),
                List.of("Entendo, orçamento é sempre assunto sério! Que tal a gente olhar juntos quanto isso pode"
                        + " trazer de retorno pra vocês? Aí fica mais fácil decidir."));
        corpo(
                Situacao.momento,
                List.of(
                        "Entendo, o momento certo faz toda a diferença. Posso voltar a falar com você mais adiante? Se"
                                + " me disser qual período fica melhor, eu anoto aqui.",
                        "Sem problema, respeito o seu momento. Que tal eu retomar o contato daqui a alguns meses? Se"
                                + " preferir uma data específica, é só me dizer."),
                List.of("Compreendo perfeitamente. Posso retomar o contato mais adiante? Caso prefira um período"
                        + " específico, basta me informar."),
                List.of("Tranquilo, cada coisa no seu tempo! Posso te chamar de novo mais pra frente? Se tiver um mês"
                        + " melhor, me fala."));
        corpo(
                Situacao.concorrente,
                List.of(
                        "Que bom que vocês já contam com uma solução! Muitos clientes chegaram até nós para comparar;"
                                + " posso te mostrar em poucos minutos o que a {empresa} faz de diferente?",
                        "Entendo, e faz sentido manter o que funciona. Se quiser comparar, posso te mostrar os pontos"
                                + " em que a {empresa} costuma se diferenciar."),
                List.of("Compreendo, e é natural manter o que já funciona. Caso deseje comparar, posso apresentar em"
                        + " poucos minutos os diferenciais da {empresa}."),
                List.of("Boa, vocês já estão bem servidos! Se rolar curiosidade de comparar, te mostro rapidinho o que"
                        + " a {empresa} faz diferente."));
        corpo(
                Situacao.autoridade,
                List.of(
                        "Faz todo sentido envolver quem decide. Posso preparar um resumo curto para você encaminhar ou,"
                                + " se preferir, incluir essa pessoa numa conversa rápida.",
                        "Claro! Se ajudar, envio um material objetivo para você compartilhar e fico à disposição para"
                                + " conversar também com quem participa da decisão."),
                List.of("Compreendo, é importante envolver quem decide. Posso preparar um resumo para encaminhamento"
                        + " ou incluir essa pessoa em uma conversa breve, como preferir."),
                List.of("Claro, bora envolver quem decide! Te mando um resumo pra repassar, ou chamamos a pessoa pra"
                        + " um papo rápido, como for melhor."));
        corpo(
                Situacao.necessidade,
                List.of(
                        "Entendo. Posso perguntar como vocês cuidam disso hoje? Às vezes um pequeno ajuste já faz"
                                + " diferença, e se não fizer sentido, tudo bem também.",
                        "Obrigado por avisar. Se um dia isso entrar na pauta, fico à disposição; e, se quiser, conto em"
                                + " poucas linhas como outras empresas têm aproveitado a {empresa}."),
                List.of("Compreendo. Posso perguntar como esse tema é tratado hoje? Por vezes um pequeno ajuste já"
                        + " traz ganhos; caso não faça sentido, sem problema."),
                List.of("Entendi! Só por curiosidade, como vocês fazem isso hoje? Às vezes um ajuste pequeno já ajuda,"
                        + " e se não rolar, tudo certo."));
        corpo(
                Situacao.confianca,
                List.of(
                        "É natural querer conhecer melhor antes. Posso te apresentar a {empresa} com calma e enviar"
                                + " referências de clientes e os nossos canais oficiais para você conferir.",
                        "Faz sentido ter cautela. Fico feliz em te contar quem somos e te enviar referências de clientes"
                                + " que podem falar da experiência com a {empresa}."),
                List.of("É natural querer conhecer melhor a empresa. Posso apresentar a {empresa} e enviar referências"
                        + " de clientes e os nossos canais oficiais para sua verificação."),
                List.of("Super justo querer conhecer antes! Te conto rapidinho quem somos e te mando referências de"
                        + " clientes e nossos canais oficiais pra você conferir."));
        corpo(
                Situacao.objecao,
                List.of(
                        "Obrigado por compartilhar. Quero entender melhor a sua preocupação: o que pesaria mais na sua"
                                + " decisão?",
                        "Entendo o seu ponto. Pode me contar um pouco mais? Assim consigo te ajudar de verdade, sem"
                                + " tomar o seu tempo."),
                List.of("Agradeço por compartilhar. Gostaria de compreender melhor a sua preocupação: o que seria mais"
                        + " relevante para a sua decisão?"),
                List.of("Valeu por contar! Me explica um pouco mais? Assim consigo ajudar de verdade."));
        corpo(
                Situacao.recusa,
                List.of(
                        "Entendo perfeitamente, obrigado pela sinceridade. Não vou mais insistir; se algo mudar, fico"
                                + " à disposição.",
                        "Tudo bem, agradeço o retorno. Não vou mais te incomodar com isso, e se precisar no futuro, é"
                                + " só chamar."),
                List.of("Compreendo perfeitamente e agradeço o retorno. Não voltarei a insistir; permaneço à"
                        + " disposição caso algo mude."),
                List.of("Tranquilo, valeu pela sinceridade! Não vou mais insistir; se mudar de ideia, é só chamar."));
        corpo(
                Situacao.escalar,
                List.of("Sinto muito pelo incômodo. Vou pedir para o responsável pelo seu atendimento falar com você"
                        + " pessoalmente, o quanto antes."),
                List.of("Peço desculpas pelo incômodo. O responsável pelo seu atendimento entrará em contato"
                        + " pessoalmente, o quanto antes."),
                List.of("Poxa, sinto muito pelo incômodo. Vou pedir para o responsável pelo seu atendimento falar com"
                        + " você pessoalmente, rapidinho."));
    }

    private static final Map<TomDaMarca, List<String>> SAUDACOES = Map.of(
            TomDaMarca.consultivo, List.of("Oi, {nome}!", "Olá, {nome}, tudo bem?"),
            TomDaMarca.formal, List.of("Olá, {nome}.", "Como vai, {nome}?"),
            TomDaMarca.descontraido, List.of("Oi, {nome}! Tudo certo?", "E aí, {nome}, tudo bem?"));
    private static final Map<TomDaMarca, List<String>> SAUDACOES_SEM_NOME = Map.of(
            TomDaMarca.consultivo, List.of("Oi!", "Olá, tudo bem?"),
            TomDaMarca.formal, List.of("Olá.", "Como vai?"),
            TomDaMarca.descontraido, List.of("Oi! Tudo certo?", "Oi, tudo bem?"));
    /** To an unhappy lead: a plain greeting, then an acknowledgement. */
    private static final Map<TomDaMarca, String> EMPATIA = Map.of(
            TomDaMarca.consultivo, "Obrigado pela franqueza.",
            TomDaMarca.formal, "Agradeço a franqueza.",
            TomDaMarca.descontraido, "Valeu pela sinceridade!");
    /** When the brand's maximum length leaves little room: the point of the answer in a few words. */
    private static final Map<Situacao, String> CURTOS = new EnumMap<>(Map.ofEntries(
            Map.entry(Situacao.interesse, "Vamos marcar 30 minutos? Envio os horários em seguida."),
            Map.entry(Situacao.pergunta, "Posso te enviar um material que responde isso?"),
            Map.entry(Situacao.nutricao, "Obrigado pelo retorno! Fico à disposição."),
            Map.entry(Situacao.preco, "Posso te mostrar o retorno que isso traria para vocês?"),
            Map.entry(Situacao.momento, "Sem problema! Posso retomar o contato mais adiante?"),
            Map.entry(Situacao.concorrente, "Posso mostrar o que fazemos de diferente?"),
            Map.entry(Situacao.autoridade, "Posso enviar um resumo para quem decide?"),
            Map.entry(Situacao.necessidade, "Entendo. Como vocês cuidam disso hoje?"),
            Map.entry(Situacao.confianca, "Posso te enviar referências de clientes?"),
            Map.entry(Situacao.objecao, "Pode me contar um pouco mais?"),
            Map.entry(Situacao.recusa, "Entendo, obrigado pelo retorno. Não vou mais insistir."),
            Map.entry(Situacao.escalar, "Sinto muito. O responsável falará com você pessoalmente.")));

    private static final Map<TomDaMarca, List<String>> FECHOS = Map.of(
            TomDaMarca.consultivo, List.of("Abraço!", "Até breve!"),
            TomDaMarca.formal, List.of("Fico à disposição.", "Atenciosamente."),
            TomDaMarca.descontraido, List.of("Abraço!", "Até mais!"));

    private static void corpo(
            Situacao situacao, List<String> consultivo, List<String> formal, List<String> descontraido) {
        Map<TomDaMarca, List<String>> porTom = new EnumMap<>(TomDaMarca.class);
        porTom.put(TomDaMarca.consultivo, consultivo);
        porTom.put(TomDaMarca.formal, formal);
        porTom.put(TomDaMarca.descontraido, descontraido);
        CORPOS.put(situacao, porTom);
    }

    @Override
    public String redigir(ContextoDaResposta contexto) {
        if (contexto.objetivo() == ProximoPasso.opt_out) {
            return ConfirmacaoDeDescadastro.texto(
                    contexto.nomeDoContato(),
                    contexto.empresaCliente(),
                    contexto.politica().tamanhoDoCorpo());
        }
        PoliticaDaMarca politica = contexto.politica();
        String nome = Nomes.primeiroNome(contexto.nomeDoContato());
        List<String> candidatas = new ArrayList<>(candidatas(contexto, nome));
        if (!nome.isEmpty()) {
            // a name the policy forbids ("Bot") is left out rather than sending the reply to review
            candidatas.addAll(candidatas(contexto, ""));
        }
        for (String candidata : candidatas) {
            if (politica.violacoes(politica.assinada(candidata)).isEmpty()) {
                return candidata;
            }
        }
        return candidatas.get(0);
    }

    /** Every wording for this reply, the chosen one first, each already fitted to the room the signature leaves. */
    private static List<String> candidatas(ContextoDaResposta contexto, String nome) {
        TomDaMarca tom = contexto.politica().tom();
        Situacao situacao = situacao(contexto);
        String empresa = Nomes.empresa(contexto.empresaCliente());
        if (empresa.isEmpty()) {
            empresa = "nossa equipe";
        }
        boolean descontente = contexto.analise().sentimento() == Sentimento.negativo
                || contexto.analise().sentimento() == Sentimento.irritado;
        List<String> saudacoes = descontente
                ? List.of(nome.isEmpty() ? "Olá." : "Olá, " + nome + ".")
                : (nome.isEmpty() ? SAUDACOES_SEM_NOME : SAUDACOES).get(tom);
        List<String> corpos = CORPOS.get(situacao).get(tom);
        boolean fechaComCordialidade = situacao != Situacao.escalar && situacao != Situacao.recusa;
        List<String> fechos = fechaComCordialidade ? FECHOS.get(tom) : List.of("");
        String empatia =
                descontente && situacao != Situacao.escalar && situacao != Situacao.recusa ? EMPATIA.get(tom) : "";

        int semente = Math.floorMod(
                (contexto.nomeDoContato() + "\u0000" + contexto.mensagemDoLead()).hashCode(), Integer.MAX_VALUE);
        int combinacoes = saudacoes.size() * corpos.size() * fechos.size();
        List<String> candidatas = new ArrayList<>(combinacoes);
        for (int i = 0; i < combinacoes; i++) {
            int n = (semente + i) % combinacoes;
            String saudacao = saudacoes.get(n % saudacoes.size()).replace("{nome}", nome);
            String corpo = corpos.get((n / saudacoes.size()) % corpos.size()).replace("{empresa}", empresa);
            String fecho = fechos.get(n / (saudacoes.size() * corpos.size()));
            candidatas.add(caber(
                    saudacao,
                    empatia,
                    corpo,
                    fecho,
                    CURTOS.get(situacao),
                    contexto.canal(),
                    contexto.politica().tamanhoDoCorpo()));
        }
        // the short version, for when every full wording uses a word the brand forbids
        for (String saudacao : saudacoes) {
            String curta = juntar(contexto.canal(), saudacao.replace("{nome}", nome), "", CURTOS.get(situacao), "");
            if (curta.length() <= contexto.politica().tamanhoDoCorpo()) {
                candidatas.add(curta);
            }
        }
        return candidatas;
    }

    private static Situacao situacao(ContextoDaResposta contexto) {
        return switch (contexto.objetivo()) {
            case forward_to_scheduler -> Situacao.interesse;
            case nurture -> contexto.analise().intencao() == Intencao.pergunta ? Situacao.pergunta : Situacao.nutricao;
            case answer_objection ->
                switch (contexto.objecao() == null ? CategoriaDeObjecao.outra : contexto.objecao()) {
                    case preco -> Situacao.preco;
                    case momento -> Situacao.momento;
                    case concorrente -> Situacao.concorrente;
                    case autoridade -> Situacao.autoridade;
                    case necessidade -> Situacao.necessidade;
                    case confianca -> Situacao.confianca;
                    case outra -> Situacao.objecao;
                };
            case disqualify -> Situacao.recusa;
            case escalate_human -> Situacao.escalar;
            case opt_out -> throw new IllegalStateException("opt_out takes the fixed confirmation");
        };
    }

    /**
     * The reply within {@code limite} characters: the whole of it if it fits, else without the closing, then without
     * the acknowledgement, then with fewer sentences (two at least), then the short version with and without the
     * greeting, and at last the short version cut at a word with "…".
     */
    private static String caber(
            String saudacao, String empatia, String corpo, String fecho, String curto, CanalDeEnvio canal, int limite) {
        List<String> frases = frases(corpo);
        List<String> tentativas = new ArrayList<>();
        tentativas.add(juntar(canal, saudacao, empatia, corpo, fecho));
        tentativas.add(juntar(canal, saudacao, empatia, corpo, ""));
        tentativas.add(juntar(canal, saudacao, "", corpo, ""));
        for (int n = frases.size() - 1; n >= 2; n--) {
            tentativas.add(juntar(canal, saudacao, "", String.join(" ", frases.subList(0, n)), ""));
        }
        tentativas.add(juntar(canal, saudacao, "", curto, ""));
        tentativas.add(curto);
        for (String tentativa : tentativas) {
            if (tentativa.length() <= limite) {
                return tentativa;
            }
        }
        int corte = curto.lastIndexOf(' ', Math.max(0, limite - 1));
        return (corte > 0 ? curto.substring(0, corte) : curto.substring(0, Math.max(0, limite - 1))) + "…";
    }

    private static String juntar(CanalDeEnvio canal, String saudacao, String empatia, String corpo, String fecho) {
        boolean email = canal == CanalDeEnvio.email;
        StringBuilder texto = new StringBuilder(saudacao).append(email ? "\n\n" : " ");
        if (!empatia.isEmpty()) {
            texto.append(empatia).append(' ');
        }
        texto.append(corpo);
        if (!fecho.isEmpty()) {
            texto.append(email ? "\n\n" : "\n").append(fecho);
        }
        return texto.toString();
    }

    private static List<String> frases(String corpo) {
        List<String> frases = new ArrayList<>();
        int inicio = 0;
        for (int i = 0; i < corpo.length(); i++) {
            char c = corpo.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == corpo.length() || corpo.charAt(i + 1) == ' ')) {
                frases.add(corpo.substring(inicio, i + 1).strip());
                inicio = i + 1;
            }
        }
        if (inicio < corpo.length() && !corpo.substring(inicio).isBlank()) {
            frases.add(corpo.substring(inicio).strip());
        }
        return frases;
    }
}
