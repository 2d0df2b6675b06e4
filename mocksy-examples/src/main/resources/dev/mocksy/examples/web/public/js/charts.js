// Charts drawn with ECharts from its WebJar (pinned in the build; nothing pasted in).
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const CATEGORY_NAMES = {
  TECHNICAL_CORRECTNESS: 'Correctness', PROBLEM_SOLVING: 'Problem solving', COMMUNICATION: 'Communication',
  DEPTH_AND_COMPLETENESS: 'Depth', CONFIDENCE_AND_CLARITY: 'Clarity', STAR_STRUCTURE: 'STAR structure',
};

export function categoryName(key) {
  return CATEGORY_NAMES[key] || key.toLowerCase().replaceAll('_', ' ');
}

function chart(id) {
  const node = document.getElementById(id);
  const instance = echarts.init(node, null, { renderer: 'svg' });
  window.addEventListener('resize', () => instance.resize());
  node.dataset.rendered = 'true';
  return instance;
}

export function line(id, labels, values) {
  chart(id).setOption({
    animation: false, grid: { left: 40, right: 16, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', min: 0, max: 100 },
    tooltip: { trigger: 'axis' }, series: [{ type: 'line', data: values, name: 'Overall' }],
  });
}

export function radar(id, categories) {
  const keys = Object.keys(categories);
  chart(id).setOption({
    animation: false, tooltip: {},
    radar: { indicator: keys.map((key) => ({ name: categoryName(key), max: 10 })) },
    series: [{ type: 'radar', data: [{ value: keys.map((key) => Math.round(categories[key] * 10) / 10), name: 'Score' }] }],
  });
}

export function bars(id, labels, values) {
  chart(id).setOption({
    animation: false, grid: { left: 40, right: 16, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', min: 0, max: 10 },
    tooltip: {}, series: [{ type: 'bar', data: values, name: 'Score' }],
  });
}
