import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { YesLadder } from 'yesladder/react';
import './app.css';
import { guide } from './guide';
import { offer } from './offer';
import { saveLead } from './save-lead';

type Row = { readonly key: number; readonly text: string };

/** The app's own client-side routing: its folder is home, `pricing` beside it the other page. */
const home = new URL('./', window.location.href).pathname;
const pages = { home, pricing: `${home}pricing` } as const;

function useRoute(): [string, (to: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const back = () => setPath(window.location.pathname);
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  return [
    path,
    (to) => {
      window.history.pushState(null, '', to);
      setPath(to);
    },
  ];
}

function Link({ to, go, children }: { to: string; go: (to: string) => void; children: string }) {
  return (
    <a
      href={to}
      onClick={(event) => {
        event.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

function App() {
  const [path, go] = useRoute();
  return (
    <>
      <nav className="routes" aria-label="App">
        <Link to={pages.home} go={go}>
          Home
        </Link>
        <Link to={pages.pricing} go={go}>
          Pricing
        </Link>
      </nav>
      {path === pages.pricing ? <Pricing /> : <Home />}
      {/* Mounted once for every page: yesladder follows the routes itself. */}
      <YesLadder config={offer} />
    </>
  );
}

function Pricing() {
  return (
    <main className="card pricing">
      <h1>Pricing</h1>
      <p id="plans">Free for one form; €9 a month for every form, every sink and the funnel report.</p>
    </main>
  );
}

function Home() {
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
