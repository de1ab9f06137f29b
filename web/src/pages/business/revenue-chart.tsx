import { Bar, BarChart, CartesianGrid, Legend, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatMoney } from '../../ui/format.js';
import { chartNumber, type DepartmentFigures } from './figures.js';

type Series = 'revenue' | 'profit';

const SERIES: { key: Series; name: string; colour: string }[] = [
  { key: 'revenue', name: 'Revenue', colour: '#0b5cad' },
  { key: 'profit', name: 'Profit', colour: '#1d6b35' },
];

interface ChartRow {
  department: DepartmentFigures;
  name: string;
  revenue: number;
  profit: number;
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact' });

/**
 * Each bar carries its department, series and the API's exact figure as data attributes, so
 * what the chart draws can be read back (by a test, or by a tool) without reading pixels.
 */
function shapeOf(series: Series, rows: ChartRow[]) {
  return function DepartmentBar(props: BarShapeProps) {
    const department = rows[props.index]?.department;
    return (
      <g data-department={department?.name} data-series={series} data-value={department?.[series]}>
        <Rectangle {...props} />
      </g>
    );
  };
}

/**
 * Bars of revenue and profit per department, lying down so that department names fit on a
 * phone; the table below it is its accessible form.
 */
export function RevenueChart({ departments, summary }: { departments: DepartmentFigures[]; summary: string }) {
  const rows: ChartRow[] = departments.map((department) => ({
    department,
    name: department.name,
    revenue: chartNumber(department.revenue),
    profit: chartNumber(department.profit),
  }));
  return (
    <figure style={{ margin: '0 0 1rem' }}>
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: '100%', height: 80 + rows.length * 64 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(value: number) => compact.format(value)} />
        <YAxis type="category" dataKey="name" width={112} interval={0} tick={{ fontSize: 13 }} />
        <Tooltip
          formatter={(_value, name, item) => {
            const row = item.payload as ChartRow;
            const series = SERIES.find((entry) => entry.name === name);
            return series ? formatMoney(row.department[series.key]) : null;
          }}
        />
        <Legend itemSorter={null} />
        {SERIES.map(({ key, name, colour }) => (
          <Bar key={key} dataKey={key} name={name} fill={colour} isAnimationActive={false} shape={shapeOf(key, rows)} />
        ))}
      </BarChart>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
