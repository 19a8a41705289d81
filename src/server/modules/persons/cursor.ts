/**
 * Opaque keyset cursor: the position of the last row on the page. For a name search that is the
 * match score (a real, as its exact shortest text), the sort key and the id; otherwise sort key and id.
 */
export interface SearchPosition {
  score?: string | undefined;
  sortKey: string;
  id: string;
}

export function encodeCursor(position: SearchPosition): string {
  const parts =
    position.score === undefined
      ? [position.sortKey, position.id]
      : [position.score, position.sortKey, position.id];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): SearchPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) return undefined;
    const [first, second, third] = value as string[];
    if (value.length === 2 && first !== undefined && second !== undefined)
      return { sortKey: first, id: second };
    if (
      value.length === 3 &&
      first &&
      /^\d(\.\d+)?(e-\d+)?$/.exec(first) &&
      second !== undefined &&
      third !== undefined
    ) {
      return { score: first, sortKey: second, id: third };
    }
  } catch {
    // fall through: an unreadable cursor is the client's error
  }
  return undefined;
}
