import { CompositeLayer, type Layer, type UpdateParameters } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, type GeoJsonLayerProps } from '@deck.gl/layers';
import type { ChoroplethModel } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import type { ProvinceFeature, ProvinceProps } from '../load-geography';
import {
  CASING,
  HOVER_WHITE,
  OUTLINE_AMBER,
  SELECTED_ACCENT,
  TRANSPARENT,
  withAlpha,
  type Rgba,
} from './colours';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

/** Inputs of {@link choroplethLayer}. */
export interface ChoroplethLayerInput {
  readonly id: string;
  readonly features: readonly ProvinceFeature[];
  readonly model: ChoroplethModel;
  readonly opacity: number;
  readonly visible?: boolean;
  /** Province under the pointer: white outline. */
  readonly highlightCode: number | null;
  /** Selected province: thick cyan outline. */
  readonly selectedCode: number | null;
  readonly onHover?: LayerHitHandler;
  readonly onClick?: LayerHitHandler;
}

/** Outline widths in CSS pixels (the casing is drawn this much wider underneath). */
export const OUTLINE_WIDTH_PX = { outlined: 1.5, hover: 2.5, selected: 4, casing: 1.5 } as const;

/** Dash and gap of the model's outline, in pixels: dashed amber over the dark casing. */
export const OUTLINE_DASH_PX: readonly [number, number] = [6, 4];

const DASHED = new PathStyleExtension({ dash: true, dashMode: 'path' });

/**
 * Provinces that get a hover or selection outline, in drawing order: the selected one last (on
 * top), each once.
 */
export function emphasisOrder(highlightCode: number | null, selectedCode: number | null): number[] {
  const codes = highlightCode === selectedCode ? [selectedCode] : [highlightCode, selectedCode];
  return codes.filter((code): code is number => code !== null);
}

type ChoroplethProps = {
  features: readonly ProvinceFeature[];
  model: ChoroplethModel;
  highlightCode: number | null;
  selectedCode: number | null;
};

/** What accessors read off a province feature. */
type WithCode = { readonly properties: { readonly code: number } };

type OutlineProps = {
  id: string;
  data: readonly ProvinceFeature[];
  colour: (f: WithCode) => Rgba;
  width: (f: WithCode) => number;
  /** Dashed coloured line (the casing stays solid). */
  dashed?: boolean;
};

/**
 * Fills provinces from a {@link ChoroplethModel} and draws outlines on top in sub-layers of their
 * own (model-emphasised, hovered, selected), each over a dark casing, so a neighbour's fill or
 * outline never covers them. Only the fill sub-layer is pickable.
 */
class ProvinceChoroplethLayer extends CompositeLayer<ChoroplethProps> {
  static override layerName = 'ProvinceChoroplethLayer';

  declare state: CompositeLayer['state'] & {
    byCode: ReadonlyMap<number, ProvinceFeature>;
    outlined: readonly ProvinceFeature[];
    emphasised: readonly ProvinceFeature[];
  };

  override initializeState(): void {
    this.setState({ byCode: new Map(), outlined: [], emphasised: [] });
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const { props, oldProps } = params;
    const featuresChanged = props.features !== oldProps.features;
    const byCode = featuresChanged
      ? new Map(props.features.map((f) => [f.properties.code, f]))
      : this.state.byCode;
    const pick = (codes: Iterable<number>) => [...codes].flatMap((code) => byCode.get(code) ?? []);
    const next: Partial<typeof this.state> = { byCode };
    // oldProps is empty on the first update.
    const oldModel = (oldProps as Partial<ChoroplethProps>).model;
    if (featuresChanged || props.model.outlinedCodes !== oldModel?.outlinedCodes) {
      next.outlined = pick(props.model.outlinedCodes);
    }
    if (
      featuresChanged ||
      props.highlightCode !== oldProps.highlightCode ||
      props.selectedCode !== oldProps.selectedCode
    ) {
      next.emphasised = pick(emphasisOrder(props.highlightCode, props.selectedCode));
    }
    this.setState(next);
  }

  override renderLayers(): Layer[] {
    const { features, model, selectedCode } = this.props;
    const { colourByCode } = model;
    const fill = new GeoJsonLayer<ProvinceProps>(
      this.subLayerProps('fill', { getFillColor: [colourByCode] }),
      {
        data: features as ProvinceFeature[],
        filled: true,
        stroked: false,
        getFillColor: (f: WithCode) => {
          const rgb = colourByCode.get(f.properties.code);
          return rgb ? withAlpha(rgb, 255) : TRANSPARENT;
        },
      },
    );
    const emphasisColour = (f: WithCode) =>
      f.properties.code === selectedCode ? SELECTED_ACCENT : HOVER_WHITE;
    const emphasisWidth = (f: WithCode) =>
      f.properties.code === selectedCode ? OUTLINE_WIDTH_PX.selected : OUTLINE_WIDTH_PX.hover;
    return [
      fill,
      ...this.outline({
        id: 'outlined',
        data: this.state.outlined,
        colour: () => OUTLINE_AMBER,
        width: () => OUTLINE_WIDTH_PX.outlined,
        dashed: true,
      }),
      ...this.outline({
        id: 'emphasis',
        data: this.state.emphasised,
        colour: emphasisColour,
        width: emphasisWidth,
      }),
    ];
  }

  /** Id, pickability, opacity ... a sub-layer inherits, with its own update triggers. */
  private subLayerProps(
    id: string,
    updateTriggers: Record<string, unknown[]>,
  ): Partial<GeoJsonLayerProps<ProvinceProps>> {
    return this.getSubLayerProps({ id, updateTriggers }) as Partial<
      GeoJsonLayerProps<ProvinceProps>
    >;
  }

  /** A casing line and a coloured line on top of it, for the features in `data`. */
  private outline({ id, data, colour, width, dashed = false }: OutlineProps): Layer[] {
    const dash = {
      extensions: [DASHED],
      getDashArray: OUTLINE_DASH_PX,
      dashUnits: 'pixels',
    } as const;
    const line = (suffix: string, getColour: typeof colour, extraWidth: number, style = {}) =>
      new GeoJsonLayer<ProvinceProps>(
        this.subLayerProps(`${id}-${suffix}`, {
          getLineColor: [this.props.selectedCode],
          getLineWidth: [this.props.selectedCode],
        }),
        {
          data: data as ProvinceFeature[],
          filled: false,
          stroked: true,
          pickable: false,
          lineWidthUnits: 'pixels',
          lineJointRounded: true,
          getLineColor: getColour,
          getLineWidth: (f: WithCode) => width(f) + extraWidth,
          ...style,
        },
      );
    return [
      line('casing', () => CASING, OUTLINE_WIDTH_PX.casing),
      line('line', colour, 0, dashed ? dash : {}),
    ];
  }
}

/**
 * The province choropleth. deck.gl diffs by id and updateTriggers: a new colour map recolours
 * without re-tessellating the polygons, and hover/selection only rebuild the one or two outlined
 * provinces. Provinces missing from the model stay transparent (the base land shows through).
 */
export function choroplethLayer(input: ChoroplethLayerInput): Layer {
  const onHover = toPickHandler<ProvinceFeature>(input.onHover, provinceHit);
  const onClick = toPickHandler<ProvinceFeature>(input.onClick, provinceHit);
  return new ProvinceChoroplethLayer({
    id: input.id,
    features: input.features,
    model: input.model,
    highlightCode: input.highlightCode,
    selectedCode: input.selectedCode,
    opacity: input.opacity,
    visible: input.visible ?? true,
    pickable: true,
    ...(onHover && { onHover }),
    ...(onClick && { onClick }),
    beforeId: DATA_LAYERS_BEFORE_ID,
  } as ConstructorParameters<typeof ProvinceChoroplethLayer>[0]);
}

function provinceHit(info: { object?: ProvinceFeature }) {
  const code = info.object?.properties.code;
  return code === undefined ? null : { code };
}
