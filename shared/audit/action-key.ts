/** The message key of an audit action code ("accounts.signIn.failed" → "accounts_signIn_failed"). */
export const auditActionKey = (action: string): string => action.replaceAll('.', '_');
