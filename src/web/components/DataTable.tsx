import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (th scope="row"), for screen readers reading across. */
  rowHeader?: boolean;
  align?: 'end';
}

/** An NL Design System table with a caption, column headers and an optional row header. */
export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}) {
  return (
    // A wide table scrolls sideways; keyboard users reach that scroll by focusing the region.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs a scrollable region to be focusable
    <section className="samenhang-table-wrap" tabIndex={0} aria-label={props.caption}>
      <Table>
        <TableCaption>{props.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {props.columns.map((column, index) => (
              <TableHeaderCell key={String(index)} scope="col" alignCell={column.align}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row) => (
            <TableRow key={props.rowKey(row)}>
              {props.columns.map((column, index) =>
                column.rowHeader ? (
                  <TableHeaderCell key={String(index)} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={String(index)} alignCell={column.align}>
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
