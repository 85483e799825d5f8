/**
 * Offline validation of manifest.xml. `office-addin-manifest validate` posts the manifest to
 * Microsoft's online service, which CI cannot reach; this checks what that service would reject
 * and what sideloading would trip on: well-formed XML, the schema's element order, IDs, resids,
 * string lengths, and that every URL and icon resolves to a file of the real production build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser, Element as XmlElement } from '@xmldom/xmldom';
import { paneSite, type PaneSite } from './e2e/support/pane-site';

const ROOT = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The OfficeApp children in the order the schema's xs:sequence requires (TaskPaneApp). */
const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
  'DefaultSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'Dictionary', 'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'SupportUrl', 'DefaultSettings', 'Permissions'];

function parseManifest(): XmlElement {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(`manifest.xml is not well-formed: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
  return doc.documentElement as XmlElement;
}

function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

function allElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [el];
  for (const c of childElements(el)) out.push(...allElements(c));
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml (offline validation)', () => {
  const root = parseManifest();
  const elements = allElements(root);
  let buildDir = '';
  let site: PaneSite | undefined;

  // The test run's one production build (the pane tests use the same).
  beforeAll(async () => {
    site = await paneSite();
    buildDir = site.site;
  });
  afterAll(() => site?.cleanup());

  test('is a task pane add-in for Excel workbooks with read/write access and ExcelApi 1.9', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttributeNS(NS_XSI, 'type')).toBe('TaskPaneApp');
    const hosts = childElements(childElements(root).find((e) => e.localName === 'Hosts')!);
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = elements.filter((e) => e.localName === 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.9']]);
    expect(childElements(root).find((e) => e.localName === 'Permissions')!.textContent).toBe('ReadWriteDocument');
  });

  test('OfficeApp children come in the schema order, required ones present', () => {
    const names = childElements(root).map((e) => e.localName ?? "");
    const positions = names.map((n) => OFFICE_APP_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const r of REQUIRED) expect(names).toContain(r);
    expect(new Set(names).size).toBe(names.length);
  });

  test('Id is a GUID, Version has four parts, DefaultLocale is zh-CN with en-US overrides', () => {
    const text = (name: string) => childElements(root).find((e) => e.localName === name)!.textContent!.trim();
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text('Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text('DefaultLocale')).toBe('zh-CN');
    const locales = new Set(elements.filter((e) => e.localName === 'Override').map((e) => e.getAttribute('Locale')));
    expect([...locales]).toEqual(['en-US']);
  });

  test('every resid is defined once, within 32 characters; strings within the schema limits', () => {
    const resources = elements.filter((e) => e.namespaceURI === NS_BT && ['Image', 'Url', 'String'].includes(e.localName!) && e.getAttribute('id'));
    const ids = resources.map((e) => e.getAttribute('id')!);
    expect(new Set(ids).size).toBe(ids.length);
    const used = elements.map((e) => e.getAttribute('resid')).filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(0);
    for (const r of used) {
      expect(ids).toContain(r);
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids) expect(used).toContain(id);
    const lengthOf = (parent: string) =>
      elements.filter((e) => e.localName === parent).flatMap((p) => allElements(p).filter((e) => e.localName === 'String' || e.localName === 'Override'))
        .map((e) => (e.getAttribute('DefaultValue') ?? e.getAttribute('Value') ?? '').length);
    for (const n of lengthOf('ShortStrings')) expect(n).toBeLessThanOrEqual(125);
    for (const n of lengthOf('LongStrings')) expect(n).toBeLessThanOrEqual(250);
  });

  test('control, group and tab ids are unique', () => {
    const ids = elements
      .filter((e) => ['Control', 'Group', 'OfficeTab', 'CustomTab'].includes(e.localName!))
      .map((e) => e.getAttribute('id'));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every URL resolves to a file of the production build, and icons have their declared sizes', () => {
    const urls = elements.flatMap((e) => [e.getAttribute('DefaultValue'), e.getAttribute('Value')])
      .filter((v): v is string => !!v && v.startsWith('https://'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const rel = url.slice(DEV_URL.length).split(/[?#]/)[0];
      if (rel === '') continue; // the AppDomain itself
      expect({ url, exists: fs.existsSync(path.join(buildDir, rel)) }).toEqual({ url, exists: true });
    }
    const images = elements.filter((e) => e.namespaceURI === NS_BT && e.localName === 'Image' && e.getAttribute('id'));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      const m = /(\d+)x(\d+)/.exec(img.getAttribute('id')!);
      const file = path.join(buildDir, img.getAttribute('DefaultValue')!.slice(DEV_URL.length));
      expect(pngSize(file)).toEqual({ width: Number(m![1]), height: Number(m![2]) });
    }
    const icon = childElements(root).find((e) => e.localName === 'IconUrl')!.getAttribute('DefaultValue')!;
    const hiRes = childElements(root).find((e) => e.localName === 'HighResolutionIconUrl')!.getAttribute('DefaultValue')!;
    expect(pngSize(path.join(buildDir, icon.slice(DEV_URL.length)))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(buildDir, hiRes.slice(DEV_URL.length)))).toEqual({ width: 64, height: 64 });
  });

  test('every ExecuteFunction names a function that src/commands registers', () => {
    const functionNames = elements.filter((e) => e.localName === 'FunctionName').map((e) => e.textContent!.trim());
    const source = fs.readdirSync(path.join(ROOT, 'src/commands'))
      .filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(ROOT, 'src/commands', f), 'utf8')).join('\n');
    for (const name of functionNames) expect(source).toMatch(new RegExp(`associate\\(\\s*['"]${name}['"]`));
  });

  test('the production build points the manifest at ADDIN_URL when set', () => {
    const built = fs.readFileSync(path.join(buildDir, 'manifest.xml'), 'utf8');
    expect(built).toContain(DEV_URL); // no ADDIN_URL in this build: dev URL kept
    expect(built).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  });
});
