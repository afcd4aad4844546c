/** The one password rule: main refuses shorter passwords, and the setup and password forms say so. */
export const MIN_PASSWORD_LENGTH = 10;
