import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

/** What the server sends: a chart type, category labels and one or more series of numbers (null = not shown). */
interface PodiumChartData {
  type: 'bar' | 'line';
  horizontal?: boolean;
  stacked?: boolean;
  labels: string[];
  datasets: { label: string; data: (number | null)[]; color?: string }[];
}

const PALETTE = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#6b7280'];

/**
 * A Chart.js chart fed with JSON from the server (property `chartJson`). The canvas is decorative for assistive
 * technology: the server renders the same figures as a table next to it.
 */
class PodiumChart extends HTMLElement {
  private chart?: Chart;
  private canvas?: HTMLCanvasElement;
  private json = '';

  get chartJson(): string {
    return this.json;
  }

  set chartJson(value: string) {
    this.json = value ?? '';
    this.render();
  }

  /** How many data points the chart currently shows (read by the browser tests). */
  get pointCount(): number {
    return this.chart?.data.datasets.reduce((sum, dataset) => sum + dataset.data.length, 0) ?? 0;
  }

  connectedCallback(): void {
    if (!this.canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      if (!this.style.height) {
        this.style.height = '16rem';
      }
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('aria-hidden', 'true');
      this.appendChild(this.canvas);
    }
    this.render();
  }

  disconnectedCallback(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private render(): void {
    if (!this.canvas || !this.isConnected || !this.json) {
      return;
    }
    const data = JSON.parse(this.json) as PodiumChartData;
    const config: ChartConfiguration = {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: data.datasets.map((dataset, index) => ({
          label: dataset.label,
          data: dataset.data,
          backgroundColor: dataset.color ?? PALETTE[index % PALETTE.length],
          borderColor: dataset.color ?? PALETTE[index % PALETTE.length],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: data.horizontal ? 'y' : 'x',
        // every series counts people: the value axis ticks in whole people, also when all are zero (Chart.js
        // would otherwise draw 0 to 1.0 in tenths)
        scales: {
          x: { stacked: !!data.stacked, beginAtZero: true, ticks: data.horizontal ? { precision: 0 } : {} },
          y: { stacked: !!data.stacked, beginAtZero: true, ticks: data.horizontal ? {} : { precision: 0 } },
        },
        plugins: { legend: { display: data.datasets.length > 1 } },
      },
    };
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, config);
    this.dataset.points = String(this.pointCount);
  }
}

if (!customElements.get('podium-chart')) {
  customElements.define('podium-chart', PodiumChart);
}
