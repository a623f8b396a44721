/**
 * A Python sandbox running harness.py (see PROTOCOL.md). Implemented by the pyodide host and
 * by NativePythonSandbox (native python3, for benchmarks and tests).
 */
export interface RequestOptions {
  /** Time limit of this request, ms (default: the sandbox's per-call timeout). Set by the host only. */
  deadlineMs?: number;
  /** The request runs no policy code (snapshot transfer, prewarm): the sandbox's `requestTimeoutMs` applies. */
  transfer?: boolean;
  /**
   * Start from the reset point: nothing an earlier request's code did survives. `true`: the
   * layer when one is set, else the checkpoint; `'base'`: the checkpoint, dropping the layer.
   */
  reset?: boolean | 'base';
  /**
   * Run this request from the checkpoint and make the state after it a layer that `reset: true`
   * returns to, until the next layer or `reset: 'base'`. Unlike `checkpoint`, repository code may
   * run in it (the FS guard stays on): the host layers only code every later request on that
   * layer would run anyway (the globals a group of detections all import).
   */
  layer?: boolean;
  /**
   * Make the state after this request the one `reset` returns to. Only for requests that run no
   * repository code (`prewarm`: standard-library imports and compiled, not executed, sources).
   */
  checkpoint?: boolean;
  /**
   * No later request will ask for a reset: the sandbox frees its reset point after this one (a
   * copy of the interpreter's memory, tens of MB per sandbox). A reset asked for anyway gets a
   * fresh interpreter first, so it still starts from the post-boot state.
   */
  dropCheckpoint?: boolean;
}

export interface PolicySandbox {
  /**
   * Send one protocol request; resolves with the parsed response (`ok` false on request errors).
   * `crashed` / `interrupted` on the response come from the host side, not from Python.
   */
  request(req: object, opts?: RequestOptions): Promise<any>;
  close(): Promise<void>;
}
