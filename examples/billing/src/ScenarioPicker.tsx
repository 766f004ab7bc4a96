import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useState } from 'react';

interface ScenarioInfo {
  scenario: string;
  scenarios: Record<string, string>;
}

/**
 * The demo server's failure switch (not part of a real app): picks what the API does next and
 * reloads the page's data so the new scenario shows at once.
 */
export function ScenarioPicker() {
  const queryClient = useQueryClient();
  const [info, setInfo] = useState<ScenarioInfo>();
  useEffect(() => {
    let live = true;
    const read = () =>
      fetch('/__scenario')
        .then((response) => response.json() as Promise<ScenarioInfo>)
        .then((next) => {
          if (live) setInfo(next);
        })
        .catch(() => {});
    void read();
    // The scenario can also be switched from outside (curl, the end-to-end tests).
    const timer = setInterval(read, 2_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!info) return null;

  const change = async (event: ChangeEvent<HTMLSelectElement>) => {
    const scenario = event.currentTarget.value;
    const response = await fetch('/__scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario }),
    });
    setInfo((await response.json()) as ScenarioInfo);
    await queryClient.resetQueries();
  };

  return (
    <div className="billing-scenario">
      <label htmlFor="scenario">Server scenario</label>
      <select id="scenario" value={info.scenario} onChange={(event) => void change(event)}>
        {Object.entries(info.scenarios).map(([name, description]) => (
          <option key={name} value={name} title={description}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
