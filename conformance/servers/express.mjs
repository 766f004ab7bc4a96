// Express with express-validator (`.array()` and `.mapped()`) and express-rate-limit.
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { body, validationResult } from 'express-validator';
import { ready, versions } from './ready.mjs';

const app = express();
app.use(express.json());

const order = [
  body('email').isEmail().withMessage('Enter a valid email address'),
  body('address.city').notEmpty().withMessage('City is required'),
  body('items.*.qty').isInt({ min: 1 }).withMessage('Quantity must be at least 1'),
];

app.post('/orders', order, (req, res) => {
  const result = validationResult(req);
  if (!result.isEmpty()) return res.status(422).json({ errors: result.array() });
  res.status(201).end();
});

app.post('/orders-mapped', order, (req, res) => {
  const result = validationResult(req);
  if (!result.isEmpty()) return res.status(422).json({ errors: result.mapped() });
  res.status(201).end();
});

app.get('/limited', rateLimit({ windowMs: 60_000, limit: 1 }), (_req, res) => res.json([]));
app.get(
  '/limited-draft8',
  rateLimit({ windowMs: 60_000, limit: 1, standardHeaders: 'draft-8', legacyHeaders: false }),
  (_req, res) => res.json([]),
);

app.get('/crash', () => {
  throw new Error('boom');
});

const server = app.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('express', 'express-validator', 'express-rate-limit'));
});
