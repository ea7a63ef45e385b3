import type { Map as MapLibreMap } from 'maplibre-gl';
import { rgbToHex, type Rgb } from '../state/layers/palettes';
import { fillUnderLabel, labelColoursFor } from './label-contrast';
import './province-labels.css';

/** One label to place on the map. */
export interface MapLabel {
  readonly id: number;
  readonly lon: number;
  readonly lat: number;
  readonly text: string;
  /** Higher wins a place when labels collide. */
  readonly priority: number;
}

interface PlacedLabel {
  readonly label: MapLabel;
  readonly element: HTMLElement;
  width: number;
  height: number;
}

const PADDING_PX = 3;

/**
 * Province names as DOM elements over the map, so the browser shapes Thai correctly (deck.gl's
 * TextLayer misplaces Thai vowels and tone marks). Labels that would overlap a higher-priority
 * label are hidden; placement is redone when the camera stops. Each label's colour and halo are
 * chosen by contrast with the fill under it (`label-contrast.ts`).
 */
export class ProvinceLabelOverlay {
  private readonly container: HTMLDivElement;
  private placed: PlacedLabel[] = [];
  private fills: ReadonlyMap<number, Rgb> | null = null;
  private readonly onMove = () => {
    this.position();
  };
  private readonly onMoveEnd = () => {
    this.resolveCollisions();
  };

  constructor(private readonly map: MapLibreMap) {
    this.container = document.createElement('div');
    this.container.className = 'province-labels';
    map.getContainer().appendChild(this.container);
    map.on('move', this.onMove);
    map.on('moveend', this.onMoveEnd);
    map.on('resize', this.onMoveEnd);
  }

  /** Replaces the labels (e.g. after a language switch). */
  setLabels(labels: readonly MapLabel[]): void {
    this.container.replaceChildren();
    this.placed = [...labels]
      .sort((a, b) => b.priority - a.priority)
      .map((label) => {
        const element = document.createElement('div');
        element.className = 'province-label';
        element.textContent = label.text;
        element.dataset.code = String(label.id);
        this.container.appendChild(element);
        return { label, element, width: 0, height: 0 };
      });
    this.colour();
    this.measure();
  }

  /** Sets the colour under each province's label (`label-fills.ts`; null: bare land). */
  setFills(fills: ReadonlyMap<number, Rgb> | null): void {
    this.fills = fills;
    this.colour();
  }

  /**
   * Colours each label for the fill under it, through the CSSOM (the CSP allows it). The fill is
   * kept in `data-fill`, so a test can check the pair.
   */
  private colour(): void {
    for (const { label, element } of this.placed) {
      const fill = fillUnderLabel(this.fills, label.id);
      const colours = labelColoursFor(fill);
      element.dataset.fill = rgbToHex(fill);
      element.style.color = colours.text;
      element.style.textShadow = `0 0 3px ${colours.halo}, 0 0 2px ${colours.halo}, 0 0 1px ${colours.halo}`;
    }
  }

  /** Measures label sizes again (call after the web font has loaded). */
  measure(): void {
    for (const item of this.placed) item.element.hidden = false;
    for (const item of this.placed) {
      item.width = item.element.offsetWidth;
      item.height = item.element.offsetHeight;
    }
    this.resolveCollisions();
  }

  /** Removes the labels and listeners. */
  destroy(): void {
    this.map.off('move', this.onMove);
    this.map.off('moveend', this.onMoveEnd);
    this.map.off('resize', this.onMoveEnd);
    this.container.remove();
  }

  private position(): void {
    for (const { label, element } of this.placed) {
      if (element.hidden) continue;
      const point = this.map.project([label.lon, label.lat]);
      element.style.transform = `translate(${point.x}px, ${point.y}px) translate(-50%, -50%)`;
    }
  }

  private resolveCollisions(): void {
    const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
    const { clientWidth, clientHeight } = this.map.getContainer();
    for (const item of this.placed) {
      const point = this.map.project([item.label.lon, item.label.lat]);
      const box = {
        x0: point.x - item.width / 2 - PADDING_PX,
        y0: point.y - item.height / 2 - PADDING_PX,
        x1: point.x + item.width / 2 + PADDING_PX,
        y1: point.y + item.height / 2 + PADDING_PX,
      };
      const offScreen = box.x1 < 0 || box.y1 < 0 || box.x0 > clientWidth || box.y0 > clientHeight;
      const overlaps = taken.some(
        (t) => box.x0 < t.x1 && box.x1 > t.x0 && box.y0 < t.y1 && box.y1 > t.y0,
      );
      item.element.hidden = offScreen || overlaps;
      if (!item.element.hidden) taken.push(box);
    }
    this.position();
  }
}
