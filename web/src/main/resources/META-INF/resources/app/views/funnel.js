import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { count, rate } from '../format.js';
import { loadInto, loading, pageHead } from '../ui.js';

/**
 * The funnel's stages in order, and the rate (from the API's taxas) shown under each: a step rate
 * from the stage before, except conversao, which is convertidos over recebidos (the whole funnel).
 */
const STAGES = [
  { key: 'recebidos', label: 'Recebidos' },
  { key: 'enriquecidos', label: 'Enriquecidos', rate: 'enriquecimento', rateLabel: 'Taxa de enriquecimento' },
  { key: 'contatados', label: 'Contatados' },
  { key: 'responderam', label: 'Responderam', rate: 'resposta', rateLabel: 'Taxa de resposta' },
  { key: 'interessados', label: 'Interessados', rate: 'interesse', rateLabel: 'Taxa de interesse' },
  { key: 'agendados', label: 'Agendados', rate: 'agendamento', rateLabel: 'Taxa de agendamento' },
  { key: 'convertidos', label: 'Convertidos', rate: 'conversao', rateLabel: 'Conversão geral (dos leads recebidos)' },
];

const EMPTY_HINT = 'Os números aparecem quando os agentes começarem a trabalhar.';

/** Funil: how many leads reached each stage, and the conversion rates. */
export async function render(root, ctx) {
  const body = h('div', { class: 'stack' }, loading('Carregando o funil…'));
  replace(root, pageHead('Funil', 'Do lead recebido ao cliente convertido.'), body);

  const funnel = await loadInto(body, ctx, api.funnel, () => ctx.refresh());
  if (funnel === undefined) return;

  const rates = funnel?.taxas ?? {};
  const top = Math.max(1, ...STAGES.map((stage) => Number(funnel?.[stage.key]) || 0));
  const empty = STAGES.every((stage) => !Number(funnel?.[stage.key]));

  const stages = h('ol', { class: 'funnel', testid: 'funnel' }, STAGES.map((stage) => {
    const value = Number(funnel?.[stage.key]) || 0;
    const bar = h('div', { class: 'funnel__bar' });
    bar.style.width = value > 0 ? `${Math.max(1.5, (value / top) * 100)}%` : '0%';
    return h('li', { class: 'funnel__stage', testid: `funnel-${stage.key}` },
      h('div', { class: 'funnel__label' },
        h('span', { class: 'funnel__name' }, stage.label),
        h('strong', { class: 'funnel__value', testid: `funnel-${stage.key}-value` }, count(value))),
      h('div', { class: 'funnel__track', 'aria-hidden': 'true' }, bar),
      stage.rate
        ? h('p', { class: 'funnel__rate', testid: `funnel-rate-${stage.rate}` }, `${stage.rateLabel}: `, h('strong', {}, rate(rates[stage.rate])))
        : null);
  }));

  replace(body,
    empty ? h('p', { class: 'hint', testid: 'funnel-empty-hint' }, EMPTY_HINT) : null,
    h('div', { class: 'card funnel-card' }, stages),
    h('div', { class: 'kpis' },
      kpi('Leads recebidos', count(funnel?.recebidos), 'kpi-recebidos'),
      kpi('Taxa de resposta', rate(rates.resposta), 'kpi-resposta'),
      kpi('Taxa de conversão final', rate(rates.conversao), 'kpi-conversao')));
}

function kpi(label, value, testid) {
  return h('div', { class: 'kpi card', testid }, h('p', { class: 'kpi__label' }, label), h('p', { class: 'kpi__value' }, value));
}
