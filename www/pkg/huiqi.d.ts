/* tslint:disable */
/* eslint-disable */

/**
 * Apply a portal's override (JSON text) on top of the built-in data, replacing any
 * earlier one; `None` goes back to the built-in data. A bad override throws and leaves
 * the engine as it was.
 */
export function configureJson(override_json?: string | null): void;

/**
 * Evaluate a request given as JSON text; the response as JSON text.
 */
export function evaluateJson(request: string): string;

/**
 * Every rule set, as JSON text.
 */
export function policiesJson(): string;

/**
 * A repayment schedule, JSON text in and out.
 */
export function scheduleJson(request: string): string;

/**
 * `huiqi 0.1.0`.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly configureJson: (a: number, b: number) => [number, number];
    readonly evaluateJson: (a: number, b: number) => [number, number, number, number];
    readonly policiesJson: () => [number, number, number, number];
    readonly scheduleJson: (a: number, b: number) => [number, number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
