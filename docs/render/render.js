// Renders every bpmn/*.bpmn to docs/diagrams/<process-key>.svg (and a PNG with --png) with bpmn-js
// in Debian's headless Chromium. Run from the repository: node docs/render/render.js [--png]
// Needs bpmn-js and playwright-core installed in target/render (see docs/render/README.md).
const path = require('path');
const fs = require('fs');
const root = path.resolve(__dirname, '..', '..');
const mods = path.join(root, 'target', 'render', 'node_modules');
const { chromium } = require(path.join(mods, 'playwright-core'));

(async () => {
  const png = process.argv.includes('--png');
  const outDir = path.join(root, 'docs', 'diagrams');
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.setContent('<html><body style="margin:0"><div id="c" style="width:1600px;height:1000px"></div></body></html>');
  await page.addStyleTag({ path: path.join(mods, 'bpmn-js/dist/assets/diagram-js.css') });
  await page.addStyleTag({ path: path.join(mods, 'bpmn-js/dist/assets/bpmn-js.css') });
  await page.addScriptTag({ path: path.join(mods, 'bpmn-js/dist/bpmn-viewer.production.min.js') });
  const files = fs.readdirSync(path.join(root, 'bpmn')).filter(f => f.endsWith('.bpmn')).sort();
  for (const f of files) {
    const xml = fs.readFileSync(path.join(root, 'bpmn', f), 'utf8');
    const key = /<bpmn:process id="([^"]+)"/.exec(xml)[1];
    const result = await page.evaluate(async (xml) => {
      if (window.viewer) window.viewer.destroy();
      window.viewer = new BpmnJS({ container: '#c' });
      const { warnings } = await window.viewer.importXML(xml);
      const { svg } = await window.viewer.saveSVG();
      const box = window.viewer.get('canvas').getActiveLayer().getBBox();
      return { svg, warnings: warnings.map(w => w.message), w: box.width, h: box.height };
    }, xml);
    result.warnings.forEach(w => console.error(f + ': ' + w));
    // bpmn-js names each arrow-head marker at random: number them so an unchanged model renders the same.
    const ids = new Map();
    const svg = result.svg.replace(/marker-[a-z0-9]+/g, m => ids.get(m) || ids.set(m, 'marker-' + (ids.size + 1)).get(m));
    fs.writeFileSync(path.join(outDir, key + '.svg'), svg + '\n');
    if (png) {
      const p = await browser.newPage({ viewport: { width: Math.ceil(result.w) + 40, height: Math.ceil(result.h) + 40 } });
      await p.setContent('<html><body style="margin:0;background:#fff">' + result.svg + '</body></html>');
      await p.screenshot({ path: path.join(root, 'target', 'diagrams', key + '.png'), fullPage: true });
      await p.close();
    }
    console.log(f + ' -> docs/diagrams/' + key + '.svg' + (result.warnings.length ? ' (' + result.warnings.length + ' warnings)' : ''));
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
