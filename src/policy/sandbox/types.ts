/**
 * A Python sandbox running harness.py (see PROTOCOL.md). Implemented by the pyodide host and
 * by NativePythonSandbox (native python3, for benchmarks and tests).
 */
export interface PolicySandbox {
  /** Send one protocol request; resolves with the parsed response (`ok` false on request errors). */
  request(req: object): Promise<any>;
  close(): Promise<void>;
}
