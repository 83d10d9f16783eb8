import { afterEach, beforeEach, expect, type MockInstance, test, vi } from 'vitest';
import { type FormHandle, mount } from '../../src/embed/mount';
import type { FormConfig } from '../../src/schema/config';
import { badConfigs } from '../fixtures/lint/bad-configs';
import { goodLadder } from '../fixtures/lint/good-ladder';

// What a developer sees in the console while building a page: the friction linter's errors
// and warnings, once per form. Vitest runs with NODE_ENV=test, where it stays quiet.

const handles: FormHandle[] = [];
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  document.body.innerHTML = '<div id="a"></div><div id="b"></div><div id="c"></div>';
  vi.stubEnv('NODE_ENV', 'development');
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const onePage = (id: string): FormConfig => ({ ...(badConfigs[0]?.config as FormConfig), id });
const show = (target: string, config: FormConfig) => handles.push(mount(target, config));
/** The console warnings about form `id`. */
const toldAbout = (id: string) =>
  warn.mock.calls
    .map(([text]) => String(text))
    .filter((text) => text.startsWith(`yesladder: the friction linter on form "${id}" `));
/** Mounts a form that is sure to be told about, and waits for it: every lint queued before it has run. */
const settleWith = async (id: string) => {
  document.body.insertAdjacentHTML('beforeend', `<div id="${id}"></div>`);
  show(`#${id}`, onePage(id));
  await vi.waitFor(() => expect(toldAbout(id)).toHaveLength(1));
};

test('a development build warns about a form that asks too much too soon, with each fix', async () => {
  show('#a', onePage('dev-one-page'));
  await vi.waitFor(() => expect(toldAbout('dev-one-page')).toHaveLength(1));
  const [text] = toldAbout('dev-one-page');
  expect(text).toMatch(/^yesladder: the friction linter on form "dev-one-page" \(development builds only; /);
  expect(text).toContain('npx yesladder lint config.json');
  expect(text).toContain('steps[0] "all"\n  error    first-ask-too-big\n');
  expect(text).toContain('fix: Open with a cta step');
  expect(text).toMatch(/\n1 error$/);
});

test('it says it once per form id, however often the form is mounted', async () => {
  show('#a', onePage('dev-twice'));
  show('#b', onePage('dev-twice'));
  handles.pop()?.destroy();
  show('#b', onePage('dev-twice'));
  await settleWith('dev-after-twice');
  expect(toldAbout('dev-twice')).toHaveLength(1);
});

test('a clean ladder, or one with only info findings, is not mentioned', async () => {
  show('#a', goodLadder);
  const deadEnd = badConfigs.find((bad) => bad.rule === 'thanks-without-next-ask')?.config as FormConfig;
  show('#b', deadEnd);
  await settleWith('dev-after-clean');
  expect(toldAbout(goodLadder.id)).toEqual([]);
  expect(toldAbout(deadEnd.id)).toEqual([]);
});

test.each(['production', 'test'])('with NODE_ENV=%s nothing is linted', async (env) => {
  vi.stubEnv('NODE_ENV', env);
  show('#a', onePage(`dev-${env}`));
  vi.stubEnv('NODE_ENV', 'development');
  await settleWith(`dev-after-${env}`);
  expect(toldAbout(`dev-${env}`)).toEqual([]);
});

test('the form itself is shown whatever the linter says', () => {
  show('#a', onePage('dev-shown'));
  expect(document.querySelector('#a [data-yesladder-host]')).not.toBeNull();
});
