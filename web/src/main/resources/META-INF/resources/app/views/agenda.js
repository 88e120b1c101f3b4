import { h, replace } from '../dom.js';
import { api, hasRole } from '../api.js';
import { channel, date, leadStatus, text } from '../format.js';
import { badge, confirmAction, emptyState, flash, loadInto, loading, pageHead, problemView, userWithRole, withBusy } from '../ui.js';

const STATUS = Object.freeze({
  proposto: 'Proposto', confirmado: 'Confirmado', remarcado: 'Remarcado', realizado: 'Realizado', cancelado: 'Cancelado',
});
/** What a refused mark (409) means for the sales team; the server's detail follows it. */
const RECUSAS = Object.freeze({
  realizado: 'A reunião ainda não começou: ela só pode ser marcada como realizada a partir do horário marcado.',
  remarcado: 'O novo horário não está livre na agenda: escolha outro.',
});
const dia = new Intl.DateTimeFormat('pt-BR', { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
const hora = new Intl.DateTimeFormat('pt-BR', { hour: '2-digit', minute: '2-digit' });

/**
 * Agenda, #/agenda: the meetings Agendamento booked, upcoming and past, grouped by day; #/agenda?id=… opens one
 * with its lead, its commercial briefing and the sales team's marks (realizada, cancelar, remarcar, convertido).
 */
export async function render(root, ctx) {
  const id = ctx.params.get('id');
  if (id) {
    await detail(root, ctx, id);
    return;
  }
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando a agenda…'));
  replace(root,
    pageHead('Agenda', 'As reuniões que o agente Agendamento marcou com seus leads, com o briefing comercial de cada uma.'),
    body);
  const reply = await loadInto(body, ctx, () => api.agendamentos({ size: 200 }), () => ctx.refresh());
  if (reply === undefined) return;
  const meetings = (reply.items ?? []).filter((a) => a.status !== 'cancelado' || !a.encerramento);
  const now = Date.now();
  const upcoming = meetings.filter((a) => Date.parse(a.data_hora) + a.duracao * 60_000 >= now && a.status !== 'proposto');
  const proposals = meetings.filter((a) => a.status === 'proposto');
  const past = meetings.filter((a) => Date.parse(a.data_hora) + a.duracao * 60_000 < now && a.status !== 'proposto').reverse();
  replace(body,
    section('agenda-proximas', 'Próximas reuniões', upcoming, 'Nenhuma reunião marcada ainda.'),
    section('agenda-propostas', 'Horários propostos, aguardando o lead', proposals, 'Nenhuma proposta aberta.'),
    section('agenda-passadas', 'Reuniões passadas', past, 'Nenhuma reunião passada.'));
}

function section(testid, title, items, empty) {
  const titleId = `${testid}-title`;
  const byDay = new Map();
  for (const item of items) {
    const key = dia.format(new Date(item.data_hora));
    if (!byDay.has(key)) byDay.set(key, []);
    byDay.get(key).push(item);
  }
  return h('section', { class: 'card section', 'aria-labelledby': titleId, testid },
    h('h2', { class: 'section-title', id: titleId }, title),
    items.length === 0
      ? emptyState(`${testid}-vazio`, empty)
      : [...byDay].map(([day, meetings]) => h('div', { class: 'stack', testid: 'agenda-dia' },
        h('h3', {}, day),
        h('ul', { class: 'timeline' }, meetings.map((a) => h('li', { class: 'timeline__item', testid: 'agenda-reuniao', dataset: { id: a.id } },
          h('a', { href: `#/agenda?id=${encodeURIComponent(a.id)}`, testid: 'agenda-reuniao-link' },
            h('strong', {}, hora.format(new Date(a.data_hora))), ' · ', text(a.empresa), a.contato ? ` (${a.contato})` : ''),
          ' ', badge('status', a.status, STATUS, { testid: 'agenda-reuniao-status' }),
          a.convertido ? badge('status', 'convertido', { convertido: 'Convertido' }) : null))))));
}

async function detail(root, ctx, id) {
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando a reunião…'));
  replace(root, h('p', { class: 'back-link' }, h('a', { href: '#/agenda', testid: 'agenda-voltar' }, '← Agenda')), body);
  const [a, user] = await Promise.all([
    loadInto(body, ctx, () => api.agendamento(id), () => ctx.refresh(), { headlines: { 404: 'Reunião não encontrada.' } }),
    userWithRole(ctx),
  ]);
  if (a === undefined) return;
  const lead = a.lead ?? {};
  document.title = `Reunião - ${text(lead.empresa)} · Agenda · Alquimista.AI`;
  const operator = hasRole(user, 'operator');
  const problem = h('div', { class: 'form-error', role: 'alert', hidden: true, testid: 'agenda-problema' });
  const act = (marca, label, { danger = false, ask } = {}) => h('button', {
    type: 'button', class: `button${danger ? ' button--danger' : ''}`, testid: `agenda-${marca}`,
    onclick: async (event) => {
      // read before any await: once the handler yields, the event no longer has a currentTarget
      const button = event.currentTarget;
      let payload;
      if (ask) {
        payload = ask();
        if (!payload) return;
      } else if (!await confirmAction({ message: `${label}?`, confirmLabel: label, danger })) return;
      await withBusy(button, 'Aguarde…', async () => {
        try {
          await api.marcarAgendamento(id, marca, payload);
          flash.success(`${label}: feito.`);
          ctx.refresh({ keepFlash: true });
        } catch (error) {
          problem.hidden = false;
          replace(problem, problemView(error, {
            headlines: Object.hasOwn(RECUSAS, marca) ? { 409: RECUSAS[marca] } : {},
            fieldLabels: { data_hora: 'Novo horário' },
          }));
        }
      });
    },
  }, label);
  const marcas = [];
  if (operator && (a.status === 'confirmado' || a.status === 'remarcado')) {
    marcas.push(act('realizado', 'Marcar como realizada'));
    marcas.push(act('remarcado', 'Remarcar', { ask: () => remarcar(a) }));
    marcas.push(act('cancelado', 'Cancelar reunião', { danger: true }));
  }
  if (operator && a.status === 'realizado' && !a.convertido) marcas.push(act('convertido', 'Lead convertido'));
  replace(body,
    pageHead(`Reunião - ${text(lead.empresa)}`, `${date(a.data_hora)} · ${a.duracao} minutos · ${channel(a.canal)}`),
    h('p', {}, badge('status', a.status, STATUS, { testid: 'agenda-status' }), a.convertido ? ' Lead convertido.' : ''),
    a.encerramento ? h('p', { testid: 'agenda-encerramento' }, `Encerrada sem reunião: ${a.encerramento}`) : null,
    h('section', { class: 'card section', testid: 'agenda-lead' },
      h('h2', { class: 'section-title' }, 'Lead'),
      h('p', {}, h('a', { href: `#/lead?id=${encodeURIComponent(lead.id ?? '')}` }, text(lead.empresa)),
        lead.contato ? ` · ${lead.contato}` : '', lead.email ? ` · ${lead.email}` : '', lead.telefone ? ` · ${lead.telefone}` : '',
        lead.status ? ` · ${leadStatus(lead.status)}` : '')),
    (a.opcoes ?? []).length && a.status === 'proposto'
      ? h('section', { class: 'card section', testid: 'agenda-opcoes' },
        h('h2', { class: 'section-title' }, 'Horários propostos'),
        h('ol', {}, a.opcoes.map((o) => h('li', {}, date(o.inicio)))))
      : null,
    h('section', { class: 'card section', testid: 'agenda-briefing-secao' },
      h('h2', { class: 'section-title' }, 'Briefing comercial'),
      a.briefing ? h('pre', { class: 'message-bubble', testid: 'agenda-briefing' }, a.briefing) : h('p', {}, 'Escrito quando a reunião é confirmada.')),
    marcas.length ? h('div', { class: 'form-actions', testid: 'agenda-marcas' }, marcas) : null,
    problem);
}

/** The new start, asked in the browser's local time, sent as an instant. */
function remarcar(a) {
  const atual = new Date(a.data_hora);
  const sugestao = new Date(atual.getTime() + 86_400_000);
  const local = `${sugestao.getFullYear()}-${String(sugestao.getMonth() + 1).padStart(2, '0')}-${String(sugestao.getDate()).padStart(2, '0')} `
    + `${String(sugestao.getHours()).padStart(2, '0')}:${String(sugestao.getMinutes()).padStart(2, '0')}`;
  const answer = window.prompt('Novo horário (AAAA-MM-DD HH:MM, no seu fuso):', local);
  if (!answer) return null;
  const parsed = new Date(answer.trim().replace(' ', 'T'));
  if (Number.isNaN(parsed.getTime())) {
    flash.error('Horário inválido: use AAAA-MM-DD HH:MM.');
    return null;
  }
  return { data_hora: parsed.toISOString() };
}
