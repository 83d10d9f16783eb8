import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { YesLadder } from 'yesladder/react';
import './app.css';
import { guide } from './guide';
import { saveLead } from './save-lead';

type Row = { readonly key: number; readonly text: string };

function App() {
  const [events, setEvents] = useState<Row[]>([]);
  const [saved, setSaved] = useState<string[]>([]);
  return (
    <div className="layout">
      <main className="card">
        <p className="kicker">React {__REACT_VERSION__} · StrictMode</p>
        <h1>The 7-Day Landing Page Fix</h1>
        <YesLadder
          config={guide}
          className="signup"
          onEvent={(event) => {
            // values ride on step_complete and form_submit, for `track: true` fields only.
            const values =
              event.name === 'step_complete' || event.name === 'form_submit' ? event.values : undefined;
            const role = values?.role ? ` (${values.role})` : '';
            setEvents((rows) => [
              ...rows,
              { key: rows.length, text: `${event.name} · ${event.step_id}${role}` },
            ]);
          }}
          onSubmit={async (answers, meta) => {
            await saveLead(answers, meta);
            setSaved((list) => [...list, `${meta.submission}: ${answers.email ?? ''}`]);
          }}
        />
      </main>
      <aside className="panel" aria-labelledby="events-title">
        <h2 id="events-title">onEvent</h2>
        <ol id="events">
          {events.map((row) => (
            <li key={row.key}>{row.text}</li>
          ))}
        </ol>
        <h2>onSubmit → /api/leads</h2>
        <ul id="saved">
          {saved.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
