import { en } from '../locales/en';
import type { ErrorKitMessages } from '../locales/types';
import type { MessageOverrides } from './types';

const defined = (layer: object | undefined) =>
  Object.fromEntries(Object.entries(layer ?? {}).filter((entry) => entry[1] !== undefined));

/** A catalog missing a string falls back to English rather than showing nothing. */
export function mergeCatalog(
  messages: ErrorKitMessages | undefined,
  overrides: MessageOverrides | undefined,
): ErrorKitMessages {
  if (!overrides && (!messages || messages === en)) return en;
  const layers = [en, messages ?? en, overrides ?? {}] as MessageOverrides[];
  const kinds = { ...en.kinds };
  for (const layer of layers) {
    for (const [kind, text] of Object.entries(layer.kinds ?? {})) {
      if (Object.hasOwn(kinds, kind)) {
        kinds[kind as keyof typeof kinds] = { ...kinds[kind as keyof typeof kinds], ...text };
      }
    }
  }
  const fields = Object.assign({}, ...layers.map((layer) => defined(layer.fields)));
  return Object.assign({}, ...layers.map(defined), { kinds, fields }) as ErrorKitMessages;
}
