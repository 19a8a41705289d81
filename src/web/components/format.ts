const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "12 april 1968" for an ISO date (a calendar date, not shifted by time zones). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

export function formatDateTime(isoDateTime: string): string {
  return dateTimeFormat.format(new Date(isoDateTime));
}

export function formatAddress(address: {
  street: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  postcode: string | null;
  place: string | null;
}): string {
  const line1 = [address.street, [address.houseNumber, address.houseNumberAddition].filter(Boolean).join('')]
    .filter(Boolean)
    .join(' ');
  const line2 = [address.postcode, address.place].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ') || '—';
}

export const formatNumber = (value: number | null) =>
  value === null ? '—' : new Intl.NumberFormat('nl-NL').format(value);
