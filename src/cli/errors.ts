/** The input could not be used: exit status 1, with this message on stderr. */
export class InputError extends Error {}
