/** Headline figures as a description list: each term over its value, side by side, folding on a phone. */
export function FigureList({ figures }: { figures: readonly (readonly [term: string, value: string])[] }) {
  return (
    <dl className="row" style={{ margin: 0, gap: '0.75rem 2.5rem', alignItems: 'flex-start' }}>
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd style={{ margin: 0, fontSize: '1.4rem', fontWeight: 700 }} data-figure={term}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
