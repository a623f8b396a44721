// Types for synth.mjs (used by test/unit/bench-synth.test.ts).
export declare const RESOURCE_TYPES: string[];
export declare const SAMPLE_SNAPSHOT: string;
export declare function prng(seed: number): () => number;
export declare function loadTemplates(file?: string): Record<string, string[]>;
export declare function generateResources(
  n: number,
  opts?: { seed?: number; templates?: Record<string, string[]> },
): Record<string, any>[];
export declare function generateSnapshot(
  n: number,
  opts?: { seed?: number; templates?: Record<string, string[]> },
): {
  resources: Record<string, any>[];
  errors: unknown[];
  metadata: {
    source: 'file';
    accounts: { id: string }[];
    regions: string[];
    startedAt: string;
    finishedAt: string;
    apiCalls: Record<string, number>;
    partial: boolean;
  };
};
