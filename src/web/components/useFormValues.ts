import { useState } from 'react';

/** Form state as one object: `field(name)` gives the onChange handler of a TextField. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const field = (name: keyof T) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { values, field, reset: () => setValues(initial) };
}
