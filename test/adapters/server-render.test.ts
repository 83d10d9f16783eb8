import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { YesLadderElement } from '../../src/element';
import { YesLadder } from '../../src/react';
import { freeGuide } from '../fixtures/free-guide';

// A server render in Node: no window, no document, no customElements.

test('runs where there is no DOM at all', () => {
  expect('window' in globalThis || 'document' in globalThis || 'customElements' in globalThis).toBe(false);
});

test('renders the React component to its empty div on the server, touching no DOM', () => {
  const html = renderToString(
    createElement(YesLadder, { config: freeGuide, className: 'signup', id: 'signup' }),
  );
  expect(html).toBe('<div class="signup" id="signup"></div>');
});

test('imports the element entry on the server without defining or throwing', () => {
  expect(typeof YesLadderElement).toBe('function');
});
