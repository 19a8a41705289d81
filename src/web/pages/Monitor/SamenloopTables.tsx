import { Heading } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import {
  type AreaRef,
  type Figure,
  SAMENLOOP_COMBINATIONS,
  SAMENLOOP_LABELS,
  type SamenloopTable as Table,
} from '../../../shared/api/monitor';
import { DataTable } from '../../components/DataTable';
import { VennDiagram } from '../../components/monitor/VennDiagram';
import { nl } from '../../messages/nl';
import { isAreaCode } from './search';

const t = nl.monitor.samenloop;

interface Row {
  key: string;
  area: AreaRef | null;
  name: string;
  cells: Figure[];
  total: Figure;
}

/** A column header with its letters: "Alleen Wmo (W)", whether the server names the column by code or label. */
const columnLabel = (column: string) => {
  const code = SAMENLOOP_COMBINATIONS.find(
    (candidate) => candidate === column || SAMENLOOP_LABELS[candidate] === column,
  );
  return code ? `${SAMENLOOP_LABELS[code]} (${code})` : column;
};

/** One samenloop table (persons or households) with its overlap diagram; area names drill down. */
export function SamenloopSection(props: { id: string; title: string; table: Table; area: AreaRef }) {
  const { table, area } = props;
  const unit = props.title.toLowerCase();
  const rows: Row[] = [
    ...table.rows.map((row) => ({
      key: row.area.code,
      area: row.area,
      name: row.area.name,
      cells: row.cells,
      total: row.total,
    })),
    {
      key: 'totaal',
      area: null,
      name: `${t.total} ${area.name}`,
      cells: table.totals,
      total: table.grandTotal,
    },
  ];
  return (
    <section aria-labelledby={props.id}>
      <Heading level={2} id={props.id} tabIndex={-1}>
        {props.title}
      </Heading>
      <DataTable
        caption={t.caption(unit, area.name)}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          {
            header: nl.monitor.areaColumn,
            rowHeader: true,
            cell: (row: Row) => {
              if (!row.area) return <strong>{row.name}</strong>;
              if (!isAreaCode(row.area.code)) return row.name;
              const code = row.area.code;
              return (
                <Link to="/monitor/samenloop" search={(previous) => ({ ...previous, gebied: code })}>
                  {row.name}
                </Link>
              );
            },
          },
          ...table.columns.map((code, index) => ({
            header: columnLabel(code),
            align: 'end' as const,
            cell: (row: Row) => row.cells[index]?.display ?? '.',
          })),
          { header: t.total, align: 'end', cell: (row: Row) => row.total.display },
        ]}
      />
      <Heading level={3}>{t.diagramTitle(unit)}</Heading>
      <VennDiagram table={table} unit={unit} />
    </section>
  );
}
