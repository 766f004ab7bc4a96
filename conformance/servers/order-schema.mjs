// The broken order's JSON Schema (`order_schema.json`), for the servers that check a body with a
// JSON Schema validator (Feathers and LoopBack with Ajv, Falcon with jsonschema).
import { readFileSync } from 'node:fs';

export const orderSchema = JSON.parse(readFileSync(new URL('order_schema.json', import.meta.url)));
