// Browser side of the picture: draws the laid-out graph handed over in
// window.GRAPH_DATA (a graphology serialisation) with sigma.js, or, when the
// browser offers no WebGL, with circles and straight lines on a 2D canvas.
// Sets window.RENDER_DONE to the renderer used once the frame is drawn.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

const EDGE_COLOR = '#cccccc';
const LABEL_FONT = 'DejaVu Sans, sans-serif';
const LABEL_SIZE = 14;
// GEXF sizes run from 5 to 50; drawn at this fraction they leave the structure visible.
const SIZE_SCALE = 0.6;

function hasWebGL() {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') || canvas.getContext('webgl'));
}

// The screen box [left, top, right, bottom] of a label drawn right of a disc of
// the given radius centred at the given point.
function labelBox(at, radius, label, context) {
  const left = at.x + radius + 3;
  const halfHeight = LABEL_SIZE / 2 + 1;
  return [left, at.y - halfHeight, left + context.measureText(label).width, at.y + halfHeight];
}

// Clears the label of a node whose label box overlaps that of a larger node, so
// that every label drawn stays readable; sizes grow with PageRank. place(attrs)
// gives a node's screen centre and disc radius as { x, y, radius }.
function dropCollidingLabels(graph, place) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = `bold ${LABEL_SIZE}px ${LABEL_FONT}`;
  const labelled = graph.filterNodes((_, attrs) => attrs.label);
  labelled.sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
  const kept = [];
  const overlaps = (p, q) => p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
  for (const id of labelled) {
    const attrs = graph.getNodeAttributes(id);
    const at = place(attrs);
    const box = labelBox(at, at.radius, attrs.label, context);
    if (kept.some((other) => overlaps(box, other))) graph.setNodeAttribute(id, 'label', '');
    else kept.push(box);
  }
}

function drawWithSigma(graph, container) {
  graph.updateEachEdgeAttributes((_, attrs) => ({ ...attrs, color: EDGE_COLOR, size: 1 }));
  graph.updateEachNodeAttributes((_, attrs) => ({ ...attrs, size: attrs.size * SIZE_SCALE }));
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: 'bold',
    labelRenderedSizeThreshold: Infinity,
    zIndex: true,
    stagePadding: 40,
    itemSizesReference: 'screen',
  });
  dropCollidingLabels(graph, (attrs) => ({ ...renderer.graphToViewport(attrs), radius: renderer.scaleSize(attrs.size) }));
  renderer.refresh();
  return 'sigma';
}

// Maps graph coordinates into the canvas with a margin, y pointing up as in sigma.
function fitToCanvas(graph, width, height, margin) {
  const xs = graph.mapNodes((_, a) => a.x);
  const ys = graph.mapNodes((_, a) => a.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  return (a) => ({ x: margin + (a.x - minX) * scale, y: height - margin - (a.y - minY) * scale });
}

function drawOnCanvas(graph, container) {
  const canvas = document.createElement('canvas');
  canvas.width = container.clientWidth;
  canvas.height = container.clientHeight;
  container.appendChild(canvas);
  const context = canvas.getContext('2d');
  const place = fitToCanvas(graph, canvas.width, canvas.height, 40);
  dropCollidingLabels(graph, (attrs) => ({ ...place(attrs), radius: attrs.size * SIZE_SCALE }));
  context.strokeStyle = EDGE_COLOR;
  graph.forEachEdge((_, __, source, target, sa, ta) => {
    const [from, to] = [place(sa), place(ta)];
    context.beginPath(); context.moveTo(from.x, from.y); context.lineTo(to.x, to.y); context.stroke();
  });
  const bySize = graph.nodes().sort((a, b) => graph.getNodeAttribute(a, 'size') - graph.getNodeAttribute(b, 'size'));
  for (const id of bySize) {
    const attrs = graph.getNodeAttributes(id);
    const at = place(attrs);
    context.fillStyle = attrs.color;
    context.beginPath(); context.arc(at.x, at.y, attrs.size * SIZE_SCALE, 0, 2 * Math.PI); context.fill();
    if (attrs.label) {
      context.fillStyle = '#000';
      context.font = `bold ${LABEL_SIZE}px ${LABEL_FONT}`;
      context.fillText(attrs.label, at.x + attrs.size * SIZE_SCALE + 3, at.y + 5);
    }
  }
  return 'canvas';
}

const graph = MultiDirectedGraph.from(window.GRAPH_DATA);
const container = document.getElementById('graph');
const draw = hasWebGL() ? drawWithSigma : drawOnCanvas;
const renderer = draw(graph, container);
requestAnimationFrame(() => requestAnimationFrame(() => { window.RENDER_DONE = renderer; }));
