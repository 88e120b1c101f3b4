import { h, replace } from '../dom.js';
import { api, messageFor } from '../api.js';
import { count, rate } from '../format.js';
import { loadInto, loading, pageHead, table } from '../ui.js';

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

/** The periods offered; 30 days unless the hash says otherwise (#/funil?periodo=7). */
const PERIODS = [
  { key: '7', label: '7 dias', days: 7 },
  { key: '30', label: '30 dias', days: 30 },
  { key: '90', label: '90 dias', days: 90 },
  { key: 'tudo', label: 'Desde o início' },
  { key: 'personalizado', label: 'Personalizado' },
];
const DEFAULT_PERIOD = '30';

/** The lines of the trend chart: stage counts per day. */
const TREND = [
  { key: 'recebidos', label: 'Recebidos', color: '#6d28d9' },
  { key: 'contatados', label: 'Contatados', color: '#0e7490' },
  { key: 'responderam', label: 'Responderam', color: '#c2410c' },
  { key: 'interessados', label: 'Interessados', color: '#15803d' },
];

const EMPTY_HINT = 'Os números aparecem quando os agentes começarem a trabalhar.';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SVG = 'http://www.w3.org/2000/svg';
const dayFormat = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', timeZone: 'UTC' });

/** Funil: how many leads reached each stage in a period, the rates, the daily trend and the daily reports. */
export async function render(root, ctx) {
  const period = periodOf(ctx.params);
  const body = h('div', { class: 'stack' }, loading('Carregando o funil…'));
  replace(root, pageHead('Funil', 'Do lead recebido ao cliente convertido.'), periodPicker(ctx, period), body);

  const [funnel, reports] = await Promise.all([
    loadInto(body, ctx, () => api.funnel(period.query), () => ctx.refresh(),
      { fieldLabels: { de: 'Data inicial', ate: 'Data final' } }),
    api.reports().catch(() => null),
  ]);
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
    h('p', { class: 'hint', testid: 'funnel-period' }, periodText(funnel)),
    empty ? h('p', { class: 'hint', testid: 'funnel-empty-hint' }, EMPTY_HINT) : null,
    h('div', { class: 'card funnel-card' }, stages),
    h('div', { class: 'kpis' },
      kpi('Leads recebidos', count(funnel?.recebidos), 'kpi-recebidos'),
      kpi('Taxa de resposta', rate(rates.resposta), 'kpi-resposta'),
      kpi('Taxa de conversão final', rate(rates.conversao), 'kpi-conversao')),
    Array.isArray(funnel?.dias) && funnel.dias.length ? trendCard(funnel.dias) : null,
    reportsCard(reports));
}

/** The period the hash asks for: its key, and the API's query ({de, ate}: the last N days or custom; {} all time). */
function periodOf(params) {
  const key = PERIODS.some((p) => p.key === params.get('periodo')) ? params.get('periodo') : DEFAULT_PERIOD;
  const choice = PERIODS.find((p) => p.key === key);
  if (choice.days) return { key, query: { de: isoDaysAgo(choice.days - 1), ate: isoDaysAgo(0) } };
  if (key === 'personalizado') {
    const de = DAY.test(params.get('de') ?? '') ? params.get('de') : isoDaysAgo(29);
    const ate = DAY.test(params.get('ate') ?? '') ? params.get('ate') : isoDaysAgo(0);
    return { key, query: { de, ate } };
  }
  return { key, query: {} };
}

function isoDaysAgo(days) {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const month = String(day.getMonth() + 1).padStart(2, '0');
  return `${day.getFullYear()}-${month}-${String(day.getDate()).padStart(2, '0')}`;
}

function periodPicker(ctx, period) {
  const de = h('input', { type: 'date', id: 'funil-de', name: 'de', testid: 'period-de', value: period.query.de ?? isoDaysAgo(29) });
  const ate = h('input', { type: 'date', id: 'funil-ate', name: 'ate', testid: 'period-ate', value: period.query.ate ?? isoDaysAgo(0) });
  const custom = h('form', {
    class: 'period__custom', testid: 'period-custom', hidden: period.key !== 'personalizado',
    onsubmit: (event) => {
      event.preventDefault();
      ctx.navigate(`funil?periodo=personalizado&de=${encodeURIComponent(de.value)}&ate=${encodeURIComponent(ate.value)}`);
    },
  },
  h('label', { for: 'funil-de' }, 'De'), de,
  h('label', { for: 'funil-ate' }, 'Até'), ate,
  h('button', { type: 'submit', class: 'button button--primary', testid: 'period-apply' }, 'Aplicar'));
  return h('div', { class: 'period card', role: 'group', 'aria-label': 'Período', testid: 'period' },
    h('div', { class: 'period__options' }, PERIODS.map((option) => h('button', {
      type: 'button',
      class: `button ${option.key === period.key ? 'button--primary' : 'button--ghost'}`,
      'aria-pressed': option.key === period.key ? 'true' : 'false',
      testid: `period-${option.key}`,
      onclick: () => (option.key === 'personalizado'
        ? ctx.navigate(`funil?periodo=personalizado&de=${encodeURIComponent(de.value)}&ate=${encodeURIComponent(ate.value)}`)
        : ctx.navigate(`funil?periodo=${option.key}`)),
    }, option.label))),
    custom);
}

function periodText(funnel) {
  if (!funnel?.de || !funnel?.ate) return 'Desde o início: todos os leads recebidos.';
  return `De ${day(funnel.de)} a ${day(funnel.ate)}: leads que chegaram a cada etapa no período.`;
}

function day(iso) {
  return DAY.test(String(iso)) ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : '—';
}

/** The daily counts as lines in an SVG (no chart library): one polyline per stage, a legend, the first and last day. */
function trendCard(days) {
  const width = 720;
  const height = 220;
  const pad = { left: 40, right: 12, top: 12, bottom: 28 };
  const top = Math.max(1, ...days.flatMap((d) => TREND.map((line) => Number(d?.[line.key]) || 0)));
  const x = (i) => pad.left + (days.length === 1 ? 0 : (i * (width - pad.left - pad.right)) / (days.length - 1));
  const y = (v) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top);
  const svg = svgEl('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'trend__chart', role: 'img',
    'aria-label': `Evolução diária de ${day(days[0]?.data)} a ${day(days[days.length - 1]?.data)}`,
    'data-testid': 'trend-chart', 'data-days': String(days.length),
  });
  svg.append(
    svgEl('line', { x1: pad.left, y1: y(0), x2: width - pad.right, y2: y(0), class: 'trend__axis' }),
    svgEl('line', { x1: pad.left, y1: y(top), x2: width - pad.right, y2: y(top), class: 'trend__grid' }),
    svgText(pad.left - 6, y(top) + 4, count(top), 'end'),
    svgText(pad.left - 6, y(0) + 4, '0', 'end'),
    svgText(x(0), height - 8, shortDay.format(new Date(`${days[0].data}T00:00:00Z`)), 'start'),
    svgText(x(days.length - 1), height - 8, shortDay.format(new Date(`${days[days.length - 1].data}T00:00:00Z`)), 'end'));
  for (const line of TREND) {
    const points = days.map((d, i) => `${x(i).toFixed(1)},${y(Number(d?.[line.key]) || 0).toFixed(1)}`).join(' ');
    svg.append(svgEl('polyline', { points, fill: 'none', stroke: line.color, 'stroke-width': 2, 'data-testid': `trend-${line.key}` }));
  }
  const legend = h('ul', { class: 'trend__legend' }, TREND.map((line) => {
    const swatch = h('span', { class: 'trend__swatch', 'aria-hidden': 'true' });
    swatch.style.background = line.color;
    return h('li', {}, swatch, line.label);
  }));
  return h('section', { class: 'card trend', testid: 'trend' },
    h('h2', { class: 'card__title' }, 'Evolução diária'), svg, legend);
}

function svgEl(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function svgText(x, y, text, anchor) {
  const element = svgEl('text', { x, y, 'text-anchor': anchor, class: 'trend__label' });
  element.textContent = text;
  return element;
}

/**
 * The daily reports (Relatórios makes one per day at 08:00), each with a button that opens its PDF; today's, so far,
 * comes first.
 */
function reportsCard(reports) {
  const items = Array.isArray(reports) ? reports : [];
  const status = h('p', { class: 'hint', testid: 'reports-status', role: 'status' });
  return h('section', { class: 'card reports', testid: 'reports' },
    h('h2', { class: 'card__title', id: 'reports-title' }, 'Relatórios diários'),
    reports === null ? h('p', { class: 'hint' }, 'Não foi possível carregar os relatórios.') : table({
      labelledBy: 'reports-title',
      testid: 'reports-table',
      items,
      empty: 'Nenhum relatório ainda: com o agente Relatórios ativo, o relatório do dia anterior chega às 8h.',
      row: (item) => ({ testid: 'report-row', dataset: { data: String(item?.data ?? '') } }),
      columns: [
        { label: 'Dia', cell: (item) => (item?.parcial ? `${day(item.data)} (até agora)` : day(item?.data)) },
        { label: 'Leads recebidos', cell: (item) => count(item?.leads_recebidos) },
        { label: 'Taxa de resposta', cell: (item) => rate(item?.taxa_resposta) },
        { label: 'Conversão', cell: (item) => rate(item?.taxa_conversao) },
        { label: 'Enviado', cell: (item) => (item?.parcial ? 'amanhã às 8h'
          : item?.enviado_a == null ? '—' : `${count(item.enviado_a)} gestor(es)`) },
        { label: 'PDF', cell: (item) => pdfLink(item, status) },
      ],
    }),
    status);
}

/** Fetches the PDF with the session's token and opens it; the link then points at the PDF it opened. */
function pdfLink(item, status) {
  const data = String(item?.data ?? '');
  const link = h('a', {
    href: '#', class: 'link', testid: 'report-pdf', dataset: { data },
    onclick: async (event) => {
      if (link.dataset.ready === 'true') return;
      event.preventDefault();
      status.textContent = 'Abrindo o relatório…';
      try {
        const blob = await api.reportPdf(data);
        if (blob.type !== 'application/pdf') throw new Error(`not a PDF: ${blob.type}`);
        link.href = URL.createObjectURL(blob);
        link.dataset.type = blob.type;
        link.dataset.bytes = String(blob.size);
        link.target = '_blank';
        link.rel = 'noopener';
        link.dataset.ready = 'true';
        status.textContent = '';
        window.open(link.href, '_blank', 'noopener');
      } catch (error) {
        status.textContent = messageFor(error);
      }
    },
  }, `Abrir PDF de ${day(data)}`);
  return link;
}

function kpi(label, value, testid) {
  return h('div', { class: 'kpi card', testid }, h('p', { class: 'kpi__label' }, label), h('p', { class: 'kpi__value' }, value));
}
