/** What an Operator ID may hold: the same rule for the first administrator and every saved operator. */
export const OPERATOR_CODE = /^[A-Za-z0-9_-]{1,32}$/;
