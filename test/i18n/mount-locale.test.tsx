import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mount } from '../../src/embed/mount';
import type { FormConfig } from '../../src/schema/config';
import { freeGuide } from '../fixtures/free-guide';

const { submit: _url, analytics: _sinks, ...guide } = freeGuide;

let page: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The browser's languages, as a person set them. */
const browserSpeaks = (...languages: string[]) => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
};

const host = () => page.querySelector('[data-yesladder-host]') as HTMLElement;
const form = () => within(host().shadowRoot as unknown as HTMLElement);
const show = (config: FormConfig = guide) => mount('#signup', config, { sessionId: 's', onSubmit: () => {} });

test('speaks the browser language, best match by language: de-AT gets German', () => {
  browserSpeaks('de-AT', 'en');
  show();
  expect(host().lang).toBe('de-AT');
  expect(host().dir).toBe('ltr');
  expect(form().getByText('Schritt 1 von 3')).toBeTruthy();
});

test('shows validation errors in the locale, not in zod words', () => {
  browserSpeaks('de-DE');
  show();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  expect(form().getAllByText('Bitte füllen Sie dieses Feld aus.').length).toBeGreaterThan(0);
  fireEvent.input(form().getByLabelText(/Where should we send it/), { target: { value: 'ada@' } });
  fireEvent.click(form().getByRole('button', { name: 'Send it to me' }));
  expect(
    form().getAllByText('Geben Sie eine E-Mail-Adresse wie name@example.com ein.').length,
  ).toBeGreaterThan(0);
  expect(form().getByRole('button', { name: 'Zurück' })).toBeTruthy();
});

test('the config locale wins over the browser language', () => {
  browserSpeaks('de');
  show({ ...guide, locale: 'ja' });
  expect(host().lang).toBe('ja');
  expect(form().getByText('ステップ 1 / 3')).toBeTruthy();
});

test('a browser language yesladder does not ship falls back to the next one, then English', () => {
  browserSpeaks('pt-BR', 'es');
  show();
  expect(host().lang).toBe('es');
  expect(form().getByText('Paso 1 de 3')).toBeTruthy();
  document.body.innerHTML = '<div id="signup"></div>';
  page = document.querySelector('#signup') as HTMLElement;
  vi.restoreAllMocks();
  browserSpeaks('pt-BR', 'zh-CN');
  show();
  expect(host().lang).toBe('en');
  expect(form().getByText('Step 1 of 3')).toBeTruthy();
});

test('Arabic lays the form out right to left', () => {
  browserSpeaks('en-US');
  show({ ...guide, locale: 'ar' });
  expect(host().lang).toBe('ar');
  expect(host().dir).toBe('rtl');
  expect(form().getByText('الخطوة 1 من 3')).toBeTruthy();
});

test('the config messages win over the locale, key by key', () => {
  browserSpeaks('en-US');
  show({ ...guide, locale: 'fr', messages: { progress: 'Page {current}/{total}' } });
  expect(form().getByText('Page 1/3')).toBeTruthy();
  fireEvent.click(form().getByRole('button', { name: 'Get the guide' }));
  expect(form().getByRole('button', { name: 'Retour' })).toBeTruthy();
});
