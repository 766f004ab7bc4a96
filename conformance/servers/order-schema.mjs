// The broken order's JSON Schema, for the servers that check a body with Ajv (Feathers, LoopBack).
export const orderSchema = {
  type: 'object',
  required: ['email', 'address', 'items'],
  properties: {
    email: { type: 'string', format: 'email' },
    address: {
      type: 'object',
      required: ['street', 'city'],
      properties: { street: { type: 'string' }, city: { type: 'string' } },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['sku', 'qty'],
        properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } },
      },
    },
  },
};
