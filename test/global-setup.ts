/** Once per `npm test`: make sure the AWS emulator the integration tests start is installed. */
import { ensureMoto } from './helpers/moto-python.js';

export default async function setup(): Promise<void> {
  await ensureMoto();
}
