/**
 * The `inputs:` block of action.yml, from the option table. Inputs have no defaults (except
 * the token GitHub fills in): an unset input must not override the config file, so the
 * documented default is part of the description and applied by Palisade itself.
 */
import { stringify } from 'yaml';
import { helpWithDefault, INPUT_OPTIONS, type OptionSpec } from './table.js';

const KIND_NOTE: Partial<Record<OptionSpec['kind'], string>> = {
  list: 'Comma or newline separated.',
  lines: 'One per line.',
  boolean: 'true or false.',
};

const describeInput = (o: OptionSpec) => helpWithDefault(o, KIND_NOTE[o.kind]);

export interface ActionInput {
  description: string;
  required: false;
  default: string;
}

export function actionInputs(): Record<string, ActionInput> {
  return Object.fromEntries(
    INPUT_OPTIONS.map((o) => [
      o.name,
      {
        description: describeInput(o),
        required: false,
        default: o.inputDefault ?? '',
      },
    ]),
  );
}

/** action.yml with its `inputs:` block replaced (everything else kept as written). */
export function withGeneratedInputs(actionYml: string): string {
  const start = actionYml.indexOf('\ninputs:\n');
  const end = actionYml.indexOf('\noutputs:\n');
  if (start < 0 || end < start) throw new Error('action.yml needs top-level inputs: and outputs: blocks');
  const block = stringify(
    { inputs: actionInputs() },
    { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  );
  return `${actionYml.slice(0, start + 1)}${block}${actionYml.slice(end)}`;
}
