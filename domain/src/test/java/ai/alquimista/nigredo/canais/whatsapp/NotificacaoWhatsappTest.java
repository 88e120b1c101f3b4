package ai.alquimista.nigredo.canais.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bodies are shaped as Meta's messages webhook reference documents them. */
class NotificacaoWhatsappTest {

    private static final String TEXTO = """
            {
              "object": "whatsapp_business_account",
              "entry": [
                {
                  "id": "102290129340398",
                  "changes": [
                    {
                      "value": {
                        "messaging_product": "whatsapp",
                        "metadata": {
                          "display_phone_number": "15550783881",
                          "phone_number_id": "106540352242922"
                        },
                        "contacts": [
                          {
                            "profile": {
                              "name": "Maria Souza"
                            },
                            "wa_id": "551187654321"
                          }
                        ],
                        "messages": [
                          {
                            "context": {
                              "from": "15550783881",
                              "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3RkQ0QzE0RDY5N0Q4QzY5QkIA"
                            },
                            "from": "551187654321",
                            "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                            "timestamp": "1749416383",
                            "type": "text",
                            "text": {
                              "body": "Tenho interesse, vamos agendar"
                            }
                          }
                        ]
                      },
                      "field": "messages"
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void aTextMessageIsItsBodyFromItsSenderWithTheSendItAnswers() {
        NotificacaoWhatsapp notificacao = NotificacaoWhatsapp.ler(TEXTO);

        assertThat(notificacao.numeros()).containsExactly("106540352242922");
        assertThat(notificacao.doNumero("106540352242922"))
                .singleElement()
                .satisfies(alteracao -> assertThat(alteracao.mensagens())
                        .containsExactly(new MensagemRecebida(
                                "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                                "551187654321",
                                Optional.of("551187654321"),
                                Optional.of(Instant.ofEpochSecond(1749416383)),
                                "text",
                                "Tenho interesse, vamos agendar",
                                Optional.of("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3RkQ0QzE0RDY5N0Q4QzY5QkIA"))));
        assertThat(notificacao.doNumero("999")).isEmpty();
    }

    @Test
    void buttonAndInteractiveRepliesAreTheTitleTheLeadTapped() {
        String corpo = mensagens("""
                {"context": {"from": "15550783881", "id": "wamid.MODELO"}, "from": "5511987654321",
                 "id": "wamid.BOTAO", "timestamp": "1749416383", "type": "button",
                 "button": {"payload": "quero-agendar", "text": "Quero agendar"}},
                {"from": "5511987654321", "id": "wamid.INTERATIVO", "timestamp": "1749416384", "type": "interactive",
                 "interactive": {"type": "button_reply", "button_reply": {"id": "sim", "title": "Sim, pode ligar"}}},
                {"from": "5511987654321", "id": "wamid.LISTA", "timestamp": "1749416385", "type": "interactive",
                 "interactive": {"type": "list_reply",
                                 "list_reply": {"id": "manha", "title": "Manhã", "description": "9h às 12h"}}}
                """);

        assertThat(NotificacaoWhatsapp.ler(corpo).alteracoes().get(0).mensagens())
                .extracting(MensagemRecebida::wamid, MensagemRecebida::texto)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wamid.BOTAO", "Quero agendar"),
                        org.assertj.core.groups.Tuple.tuple("wamid.INTERATIVO", "Sim, pode ligar"),
                        org.assertj.core.groups.Tuple.tuple("wamid.LISTA", "Manhã"));
    }

    @Test
    void messagesWithoutTextAreKeptAsAPlaceholderInPortuguese() {
        String corpo = mensagens("""
                {"from": "5511987654321", "id": "wamid.AUDIO", "timestamp": "1749416383", "type": "audio",
                 "audio": {"mime_type": "audio/ogg; codecs=opus", "sha256": "abc", "id": "1003383421387256",
                           "voice": true}},
                {"from": "5511987654321", "id": "wamid.IMAGEM", "timestamp": "1749416384", "type": "image",
                 "image": {"caption": "Nosso cardápio", "mime_type": "image/jpeg", "sha256": "abc", "id": "1"}},
                {"from": "5511987654321", "id": "wamid.NOVO", "timestamp": "1749416385", "type": "unsupported",
                 "errors": [{"code": 131051, "title": "Message type unknown"}]}
                """);

        assertThat(NotificacaoWhatsapp.ler(corpo).alteracoes().get(0).mensagens())
                .extracting(MensagemRecebida::tipo, MensagemRecebida::texto)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("audio", "[áudio]"),
                        org.assertj.core.groups.Tuple.tuple("image", "[imagem] Nosso cardápio"),
                        org.assertj.core.groups.Tuple.tuple("unsupported", "[mensagem do tipo unsupported]"));
    }

    @Test
    void statusesCarryTheWamidOfOurSendAndAFailuresCode() {
        String corpo = """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "statuses": [
                      {"id": "wamid.ENTREGUE", "status": "delivered", "timestamp": "1750263773",
                       "recipient_id": "5511987654321",
                       "conversation": {"id": "4fe7f4d7a7e0d5c4", "origin": {"type": "marketing"}},
                       "pricing": {"billable": true, "pricing_model": "PMP", "category": "marketing"}},
                      {"id": "wamid.FALHOU", "status": "failed", "timestamp": "1750263774",
                       "recipient_id": "5511987654321",
                       "errors": [{"code": 131026, "title": "Message undeliverable",
                                   "message": "Message undeliverable",
                                   "error_data": {"details": "Message Undeliverable."}}]}
                    ]},
                  "field": "messages"}]}]}
                """;

        assertThat(NotificacaoWhatsapp.ler(corpo).alteracoes().get(0).statuses())
                .containsExactly(
                        new StatusDeEnvio(
                                "wamid.ENTREGUE",
                                "delivered",
                                Optional.of(Instant.ofEpochSecond(1750263773)),
                                Optional.empty()),
                        new StatusDeEnvio(
                                "wamid.FALHOU",
                                "failed",
                                Optional.of(Instant.ofEpochSecond(1750263774)),
                                Optional.of(new ErroMeta(131026, "Message undeliverable"))));
    }

    @Test
    void severalEntriesAndNumbersAreEachTheirOwnChange() {
        String corpo = """
                {"object": "whatsapp_business_account", "entry": [
                  {"id": "1", "changes": [{"field": "messages", "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "551130000001", "phone_number_id": "111"},
                    "messages": [{"from": "5511987654321", "id": "wamid.A", "timestamp": "1", "type": "text",
                                  "text": {"body": "Oi"}}]}}]},
                  {"id": "2", "changes": [{"field": "messages", "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "551130000002", "phone_number_id": "222"},
                    "statuses": [{"id": "wamid.B", "status": "read", "timestamp": "2", "recipient_id": "1"}]}}]}
                ]}
                """;

        NotificacaoWhatsapp notificacao = NotificacaoWhatsapp.ler(corpo);

        assertThat(notificacao.numeros()).containsExactly("111", "222");
        assertThat(notificacao.doNumero("111").get(0).mensagens()).hasSize(1);
        assertThat(notificacao.doNumero("222").get(0).statuses()).hasSize(1);
    }

    @Test
    void itemsWithoutWhatTheyNeedAreLeftOutAndCounted() {
        String corpo = mensagens("""
                {"id": "wamid.SEM_REMETENTE", "timestamp": "1", "type": "text", "text": {"body": "Oi"}},
                {"from": "<script>", "id": "wamid.REMETENTE_ESTRANHO", "type": "text", "text": {"body": "Oi"}},
                {"from": "5511987654321", "id": "wamid.NUL", "type": "text", "text": {"body": "a\\u0000b"}}
                """);

        NotificacaoWhatsapp.Alteracao alteracao =
                NotificacaoWhatsapp.ler(corpo).alteracoes().get(0);

        assertThat(alteracao.ignorados()).isEqualTo(2);
        assertThat(alteracao.mensagens()).singleElement().satisfies(m -> {
            assertThat(m.texto()).isEqualTo("a\uFFFDb");
            assertThat(m.em()).isEmpty();
        });
    }

    @Test
    void aChangeForANumberThatIsNotDigitsIsNotRead() {
        String corpo = """
                {"entry": [{"changes": [{"value": {"metadata": {"phone_number_id": "1' OR '1'='1"},
                  "messages": [{"from": "5511987654321", "id": "wamid.X", "type": "text", "text": {"body": "Oi"}}]}}]}]}
                """;

        assertThat(NotificacaoWhatsapp.ler(corpo).alteracoes()).isEmpty();
    }

    @Test
    void onlyAJsonObjectIsANotification() {
        assertThatThrownBy(() -> NotificacaoWhatsapp.ler("{\"entry\": ["))
                .isInstanceOf(NotificacaoWhatsapp.Invalida.class);
        assertThatThrownBy(() -> NotificacaoWhatsapp.ler("{} {}")).isInstanceOf(NotificacaoWhatsapp.Invalida.class);
        assertThatThrownBy(() -> NotificacaoWhatsapp.ler("[]")).isInstanceOf(NotificacaoWhatsapp.Invalida.class);
        assertThatThrownBy(() -> NotificacaoWhatsapp.ler("")).isInstanceOf(NotificacaoWhatsapp.Invalida.class);
        assertThat(NotificacaoWhatsapp.ler("{\"object\": \"whatsapp_business_account\"}")
                        .alteracoes())
                .isEmpty();
    }

    private static String mensagens(String mensagens) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Maria Souza"}, "wa_id": "5511987654321"}],
                    "messages": [%s]},
                  "field": "messages"}]}]}
                """.formatted(mensagens);
    }
}
