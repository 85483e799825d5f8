/**
 * The proxy base: scalar properties throw PropertyNotLoaded until `load` + `sync`; writes are
 * queued and reach the workbook at sync; navigation properties return further proxies at once.
 */
import type { StandinRequestContextCore } from './context';
import { fail } from './errors';

export type LoadOption = string | string[] | { select?: string; expand?: string } | undefined;

export abstract class StandinClientObject {
  private readonly local = new Map<string, unknown>();

  protected constructor(
    readonly core: StandinRequestContextCore,
    /** Where this object is, for request payloads and error messages (`worksheets['台账'].range['A1']`). */
    readonly path: string,
  ) {}

  /** Scalar property names `load()` without arguments brings back. */
  protected abstract readonly scalarNames: readonly string[];

  /** The current value of a scalar property in the workbook (called during sync). */
  protected abstract readScalar(name: string): unknown;

  /** Navigation properties by name, for load paths such as `format/fill/color`. */
  protected navigation(_name: string): StandinClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }

  load(option?: LoadOption): this {
    const names = normaliseLoadOption(option, this.scalarNames);
    const own: string[] = [];
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash < 0 && !this.navigation(name)) own.push(name);
      else this.loadChild(slash < 0 ? name : name.slice(0, slash), slash < 0 ? undefined : name.slice(slash + 1));
    }
    if (!own.includes('isNullObject')) own.push('isNullObject');
    this.core.enqueue({ payload: { load: this.path, select: own }, run: () => this.capture(own) });
    return this;
  }

  private loadChild(name: string, rest: string | undefined): void {
    const child = this.navigation(name);
    if (!child) fail('InvalidArgument', `${this.path} has no property ${name}`);
    child.load(rest);
  }

  /** Takes the current values now (during sync) so they can be read after it. */
  capture(names: readonly string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) {
      const value = name === 'isNullObject' ? this.readNullness() : this.readScalar(name);
      this.local.set(name, value);
      values[name] = value;
    }
    return values;
  }

  protected readNullness(): boolean {
    return false;
  }

  protected loaded<T>(name: string): T {
    if (!this.local.has(name)) {
      fail('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, this.path);
    }
    return this.local.get(name) as T;
  }

  /** Queues a property write. Like Office.js, the proxy remembers the written value locally. */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.local.set(name, value);
    this.core.enqueue({ payload: { set: `${this.path}.${name}`, value }, run: apply });
  }

  protected call(method: string, args: unknown[], apply: () => unknown): void {
    this.core.enqueue({ payload: { call: `${this.path}.${method}`, args }, run: apply });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.local);
  }
}

function normaliseLoadOption(option: LoadOption, all: readonly string[]): string[] {
  if (option === undefined) return [...all];
  if (typeof option === 'string') return splitNames(option);
  if (Array.isArray(option)) return option.flatMap(splitNames);
  return option.select ? splitNames(option.select) : [...all];
}

function splitNames(text: string): string[] {
  return text.split(',').map((n) => n.trim()).filter((n) => n.length > 0);
}
