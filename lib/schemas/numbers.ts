/**
 * Numbers in query strings, parsed strictly: plain decimal notation only ("12", "-3.5", ".5"), never what
 * JavaScript's Number() also accepts ("0x10", "1e3", "Infinity", "" or " " as 0). A number (from client state)
 * passes as is. In: a string or number. Out: a number for the schema after it, or that schema's error naming
 * the parameter (a non-decimal string is left a string, so `z.number({ error })` reports it).
 */
import { z } from 'zod';

/** plain decimal: optional sign, digits with an optional fraction, or a bare fraction */
export const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** a whole number in decimal digits */
export const WHOLE = /^\d+$/;

const parsed = (pattern: RegExp) => (v: unknown) => (typeof v === 'string' && pattern.test(v.trim()) ? Number(v.trim()) : v);

/** A decimal number; `error` names the parameter and what it must be. */
export const decimal = (error: string) => z.preprocess(parsed(DECIMAL), z.number({ error }).finite(error));

/** A whole number written in decimal digits; `error` names the parameter. */
export const whole = (error: string) => z.preprocess(parsed(WHOLE), z.number({ error }).int(error));
