// Usage: node render.mjs GEXF OUT.png
// Lays out GEXF (layout.mjs), draws it with sigma.js in headless Chromium
// (/usr/bin/chromium, driven by playwright-core) and writes a PNG screenshot.
// Prints which renderer drew the picture: "sigma" (WebGL) or "canvas" (2D).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { layoutGexf } from './layout.mjs';

const WIDTH = 1600;
const HEIGHT = 1200;
const HERE = dirname(fileURLToPath(import.meta.url));

function pageHtml(graph) {
  const bundle = readFileSync(join(HERE, 'build', 'page.bundle.js'), 'utf8');
  const data = JSON.stringify(graph.export()).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #ffffff; }
#graph { width: ${WIDTH}px; height: ${HEIGHT}px; position: relative; }
</style></head><body><div id="graph"></div>
<script>window.GRAPH_DATA = ${data};</script>
<script>${bundle.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

async function render(gexfPath, pngPath) {
  const graph = layoutGexf(gexfPath);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.setContent(pageHtml(graph));
    await page.waitForFunction(() => window.RENDER_DONE, null, { timeout: 60000 });
    const renderer = await page.evaluate(() => window.RENDER_DONE);
    await page.locator('#graph').screenshot({ path: pngPath });
    console.log(`${pngPath}: ${graph.order} nodes, ${graph.size} edges, drawn with ${renderer}`);
  } finally {
    await browser.close();
  }
}

if (process.argv.length !== 4) {
  console.error('usage: node render.mjs GEXF OUT.png');
  process.exit(2);
}
await render(process.argv[2], process.argv[3]);
