import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { cnpj, date, labels, leadStatus, nextStep, phone, plural, text } from '../format.js';
import { badge, loadInto, loading, pageHead, timeEl } from '../ui.js';

/**
 * A lead, #/lead?id=…: its company (CNPJ, sector, size, main activity), the contact, the WhatsApp consent
 * evidence kept at import, what happened so far (arrival, first contact, first reply, current status) and a
 * link to the conversation.
 */
export async function render(root, ctx) {
  const id = ctx.params.get('id');
  if (!id) {
    ctx.navigate('leads');
    return;
  }
  const head = h('div', {}, pageHead('Lead'));
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando o lead…'));
  replace(root, h('p', { class: 'back-link' }, h('a', { href: '#/leads', testid: 'lead-back' }, '← Leads')), head, body);

  const lead = await loadInto(body, ctx, () => api.conversation(id), () => ctx.refresh(), { headlines: { 404: 'Lead não encontrado.' } });
  if (lead === undefined) return;
  document.title = `${text(lead.empresa)} · Leads · Alquimista.AI`;
  replace(head, pageHead(text(lead.empresa), lead.contato ? `Contato: ${lead.contato}` : null));
  const mensagens = Array.isArray(lead.mensagens) ? lead.mensagens : [];
  replace(body,
    h('div', { class: 'campaign-columns' },
      h('section', { class: 'card section', 'aria-labelledby': 'lead-company-title', testid: 'lead-empresa' },
        h('div', { class: 'section__head' },
          h('h2', { class: 'section-title', id: 'lead-company-title' }, 'Empresa'),
          badge('lead', lead.status, labels.leadStatus, { shape: 'pill', testid: 'lead-status' })),
        h('dl', { class: 'facts' },
          fact('CNPJ', lead.cnpj ? cnpj(lead.cnpj) : 'Não informado', 'lead-cnpj'),
          fact('Setor', text(lead.setor), 'lead-setor'),
          fact('Porte', text(lead.porte), 'lead-porte'),
          fact('Atividade principal', lead.atividade_principal ? lead.atividade_principal
            : (lead.cnpj ? 'Ainda não enriquecida' : 'Sem CNPJ: não há dados públicos para enriquecer'), 'lead-atividade'))),
      h('section', { class: 'card section', 'aria-labelledby': 'lead-contact-title', testid: 'lead-contato' },
        h('h2', { class: 'section-title', id: 'lead-contact-title' }, 'Contato'),
        h('dl', { class: 'facts facts--stacked' },
          fact('Nome', text(lead.contato), 'lead-nome'),
          fact('Telefone', lead.telefone
            ? h('a', { href: `tel:${String(lead.telefone).replace(/[^+\d]/g, '')}` }, phone(lead.telefone))
            : '—', 'lead-telefone'),
          fact('E-mail', lead.email ? h('a', { href: `mailto:${lead.email}` }, lead.email) : '—', 'lead-email'),
          fact('Consentimento para WhatsApp', lead.whatsapp_opt_in
            ? lead.whatsapp_opt_in
            : 'Sem registro de consentimento: o agente Disparo só usa o WhatsApp com opt-in.', 'lead-consentimento')))),
    h('section', { class: 'card section', 'aria-labelledby': 'lead-history-title', testid: 'lead-historico' },
      h('div', { class: 'section__head' },
        h('h2', { class: 'section-title', id: 'lead-history-title' }, 'Linha do tempo'),
        h('a', { href: `#/conversa?lead=${encodeURIComponent(id)}`, class: 'button button--ghost', testid: 'lead-conversa-link' },
          mensagens.length ? `Ver a conversa (${plural(mensagens.length, 'mensagem', 'mensagens')})` : 'Ver a conversa')),
      h('ol', { class: 'timeline', testid: 'lead-timeline' }, milestones(lead, mensagens).map(([what, when]) =>
        h('li', { class: 'timeline__item', testid: 'lead-marco' }, h('strong', {}, what), when ? timeEl(when, date) : null)))),
    meetings(id));
}

/** The lead's meetings (Agendamento), each opening its page in the Agenda; loaded on its own, after the lead. */
function meetings(leadId) {
  const list = h('div', { testid: 'lead-reunioes-lista' }, loading('Carregando as reuniões…'));
  api.agendamentos({ lead: leadId, size: 50 }).then((reply) => {
    const items = (reply.items ?? []).filter((a) => !a.encerramento);
    replace(list, items.length === 0
      ? h('p', {}, 'Nenhuma reunião com este lead.')
      : h('ul', {}, items.map((a) => h('li', { testid: 'lead-reuniao' },
        h('a', { href: `#/agenda?id=${encodeURIComponent(a.id)}` }, date(a.data_hora)), ` · ${a.status}`))));
  }, () => replace(list, h('p', {}, 'Não foi possível carregar as reuniões.')));
  return h('section', { class: 'card section', 'aria-labelledby': 'lead-meetings-title', testid: 'lead-reunioes' },
    h('h2', { class: 'section-title', id: 'lead-meetings-title' }, 'Reuniões'), list);
}

function fact(term, value, testid) {
  return h('div', {}, h('dt', {}, term), h('dd', { testid }, value));
}

/**
 * What happened to the lead, oldest first, from what the API keeps: its arrival, the first message sent,
 * the first reply (and the step it led to) and the status it is in now.
 */
function milestones(lead, mensagens) {
  const firstSent = mensagens.find((m) => m.tipo === 'enviado');
  const replies = mensagens.filter((m) => m.tipo === 'recebido');
  const lastReply = replies.at(-1);
  return [
    lead.created_at ? ['Lead recebido', lead.created_at] : null,
    firstSent ? ['Primeiro contato', firstSent.created_at] : null,
    replies.length ? [`Respondeu${replies.length > 1 ? ` (${plural(replies.length, 'resposta', 'respostas')})` : ''}`, replies[0].created_at] : null,
    lastReply?.proximo_passo ? [`Próximo passo: ${nextStep(lastReply.proximo_passo)}`, lastReply.created_at] : null,
    [`Status atual: ${leadStatus(lead.status)}`, null],
  ].filter(Boolean);
}
