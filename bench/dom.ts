/**
 * A jsdom page for the render benches: the window's globals (`window`, `document`,
 * `navigator`, element classes, ...) are put on `globalThis` as React DOM expects, and the act
 * environment flag is set. Install it before importing `react-dom`, which looks for a DOM once.
 */

const ACT_FLAG = 'IS_REACT_ACT_ENVIRONMENT';

/** Installs a jsdom page on `globalThis`; returns a function that removes it again. */
export async function installDom(): Promise<() => void> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://localhost/',
  });
  const page = dom.window as unknown as Record<string, unknown>;
  const target = globalThis as unknown as Record<string, unknown>;
  const added: string[] = [];
  // Only what Node lacks: Node's own timers, `Event`, `performance`, ... stay as they are.
  for (const key of Object.getOwnPropertyNames(page)) {
    if (key in globalThis || key.startsWith('_')) continue;
    let value: unknown;
    try {
      value = page[key];
    } catch {
      continue;
    }
    Object.defineProperty(globalThis, key, { configurable: true, writable: true, value });
    added.push(key);
  }
  const hadFlag = ACT_FLAG in globalThis;
  const flag = target[ACT_FLAG];
  target[ACT_FLAG] = true;
  return () => {
    for (const key of added) delete target[key];
    if (hadFlag) target[ACT_FLAG] = flag;
    else delete target[ACT_FLAG];
    dom.window.close();
  };
}
