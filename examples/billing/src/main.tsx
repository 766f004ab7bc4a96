import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'errorkit/styles.css';
import './app.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('billing example: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
